import ExcelJS from 'exceljs';
import { CA_MAU_CAMPAIGN_TARGETS } from '@thidua/domain/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { CA_MAU_CAMPAIGN_INPUT } from '../../../test/fixtures';

const IMPORT = `mutation($input: ImportReportsInput!) { importReports(input: $input) { created revised userErrors { code message } } }`;
const CREATE_RULE = `mutation($input: CreateRuleInput!) { createRule(input: $input) { rule { code enabled } userErrors { code field message } } }`;
const PREVIEW = `query($campaignId: ID!, $rules: [RuleDraftInput!]) { previewRules(campaignId: $campaignId, asOfPeriod: 1, rules: $rules) { ruleCode form outcome unit { code } reason evidence { variable value } } }`;
const CREATE_REVIEW = `mutation($input: CreateReviewInput!) { createReview(input: $input) { review { id status asOfPeriod proposals { id ruleCode form decision unit { code } } } userErrors { code field message } } }`;
const ADD = `mutation($input: AddProposalInput!) { addProposal(input: $input) { proposal { id ruleCode reason decision unit { code } } userErrors { code field message } } }`;
const DECIDE = `mutation($input: DecideProposalInput!) { decideProposal(input: $input) { proposal { decision note decidedBy { email } decidedAt } userErrors { code field } } }`;
const FINALIZE = `mutation($input: FinalizeReviewInput!) { finalizeReview(input: $input) { review { status decisionNumber decisionDate } userErrors { code field message } } }`;
const SNAPSHOT = `query($id: ID!) { review(id: $id) { status rankings { level { key } cohortSize rows { rank score unit { code } class { name } indicators { indicator { code } rate } } } } }`;

describe('emulation rules and board reviews', () => {
  let app: TestApp;
  let admin: string;
  let board: string;
  let campaignId: string;
  const codesOf = (result: { data?: Record<string, any> }, key: string) =>
    result.data?.[key].userErrors.map(
      (e: { code: string; field: string[] | null }) => `${e.code}@${e.field?.join('.')}`,
    );
  const count = async (table: string) =>
    Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  /** The week-1 reports every test here reads, imported into `campaign`. */
  const importWeekOne = async (campaign: string) => {
    const province: string[] = (
      await app.dataSource.query(
        `SELECT u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'province' ORDER BY u.code`,
      )
    ).map((r: { code: string }) => r.code);
    const districts: string[] = (
      await app.dataSource.query(
        `SELECT u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' ORDER BY u.code`,
      )
    ).map((r: { code: string }) => r.code);
    const onTime = ['unitCode,indicatorCode,numerator,denominator'];
    const late = [onTime[0]];
    // Provincial agencies: online resolution 70%…88% (the last nine meet 80%), digitisation 85%, online payment 45%;
    // the last three report late. Every unit meeting all targets scores 100, so they share rank 1.
    province.forEach((code, i) =>
      (i >= 16 ? late : onTime).push(
        `${code},ONLINE_RESOLUTION,${70 + i},100`,
        `${code},DIGITIZATION,85,100`,
        `${code},ONLINE_PAYMENT,45,100`,
      ),
    );
    // Districts: online resolution 60% (below 70%); the first one with no dossier paid online out of 10.
    districts.forEach((code, i) =>
      onTime.push(
        `${code},ONLINE_RESOLUTION,60,100`,
        `${code},DIGITIZATION,75,100`,
        `${code},ONLINE_PAYMENT,${i === 0 ? 0 : 5},10`,
      ),
    );
    for (const [lines, submittedAt] of [
      [onTime, '2023-03-03T08:00:00Z'],
      [late, '2023-03-04T08:00:00Z'],
    ] as const) {
      const result = await app.gql(
        IMPORT,
        { input: { campaignId: campaign, period: 1, csv: lines.join('\n'), submittedAt } },
        admin,
      );
      expect(result.data?.importReports.userErrors).toEqual([]);
    }
  };
  /** A draft review of its own, of the demo campaign, as of `asOfPeriod`. */
  const createReview = async (name: string, asOfPeriod = 1, campaign = campaignId) => {
    const result = await app.gql(CREATE_REVIEW, { input: { campaignId: campaign, asOfPeriod, name } }, board);
    expect(result.data?.createReview.userErrors).toEqual([]);
    return result.data?.createReview.review as { id: string; proposals: { id: string; ruleCode: string | null }[] };
  };
  /** The board's decisions: Phê bình (for 964) rejected, every other proposal approved. */
  const decideAll = async (reviewId: string) => {
    const review = await app.gql(
      `query($id: ID!) { review(id: $id) { proposals { id ruleCode } } }`,
      { id: reviewId },
      board,
    );
    for (const proposal of review.data?.review.proposals) {
      const decision = proposal.ruleCode === 'PHE_BINH' ? 'REJECTED' : 'APPROVED';
      const decided = await app.gql(DECIDE, { input: { proposalId: proposal.id, decision } }, board);
      expect(decided.data?.decideProposal.userErrors).toEqual([]);
    }
  };
  /** A review of its own: the rules' proposals and a Biểu dương for 966 added by hand, all decided, finalized. */
  const finalizedReview = async (decisionNumber: string, decisionDate: string) => {
    const { id: reviewId } = await createReview(`Đợt xét ${decisionNumber}`);
    const unitId = (await app.dataSource.query(`SELECT id FROM units WHERE code = '966'`))[0].id;
    const input = { reviewId, unitId, outcome: 'COMMENDATION', form: 'Biểu dương', reason: 'Tiến bộ vượt bậc.' };
    expect((await app.gql(ADD, { input }, board)).data?.addProposal.userErrors).toEqual([]);
    await decideAll(reviewId);
    const done = await app.gql(FINALIZE, { input: { reviewId, decisionNumber, decisionDate } }, board);
    expect(done.data?.finalizeReview.userErrors).toEqual([]);
    return reviewId;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    board = await app.loginAs('hoidong@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    // Read only: no test revises these reports (the one that revises a report has a campaign of its own).
    await importWeekOne(campaignId);
  }, 60_000);
  afterAll(() => app.close());

  it('lists the four demo rules', async () => {
    const result = await app.gql(
      `query($campaignId: ID!) { rules(campaignId: $campaignId) { code outcome priority enabled } }`,
      { campaignId },
      board,
    );
    expect(result.data?.rules.map((rule: { code: string }) => rule.code)).toEqual([
      'BANG_KHEN',
      'BIEU_DUONG',
      'PHE_BINH',
      'NHAC_NHO',
    ]);
  });

  it.each([
    [{ var: 'scroe' }, 'UNKNOWN_VARIABLE', 'scroe'],
    [{ '>>': [1, 2] }, 'UNKNOWN_OPERATOR', '>>'],
    [{ var: 'indicators.NOPE.rate' }, 'UNKNOWN_VARIABLE', 'indicators.NOPE.rate'],
  ])('refuses the condition %j, naming what is unknown', async (condition, code, name) => {
    const input = {
      campaignId,
      code: 'BAD',
      name: 'Bad',
      outcome: 'DISCIPLINE',
      form: 'Nhắc nhở',
      priority: 1,
      condition,
    };
    const result = await app.gql(CREATE_RULE, { input }, admin);
    expect(result.data?.createRule.rule).toBeNull();
    const error = result.data?.createRule.userErrors.find((e: { code: string }) => e.code === code);
    expect(error.message).toContain(name);
    expect(await count(`rules WHERE code = 'BAD'`)).toBe(0);
  });

  it('previews the proposals of the saved rules, writing nothing', async () => {
    const [reviews, proposals] = [await count('reviews'), await count('proposals')];
    const result = await app.gql(PREVIEW, { campaignId }, board);
    const byRule = (code: string) =>
      result.data?.previewRules
        .filter((p: { ruleCode: string }) => p.ruleCode === code)
        .map((p: { unit: { code: string } }) => p.unit.code);
    // Bằng khen: all targets met, nothing late, rank ≤ 3 — the six on time score alike, and the demo's bonus and
    // tie-breaks (docs/domain.md §4a) set them apart, so three reach rank ≤ 3; Biểu dương (all targets met): the
    // other three on time and the three late ones.
    expect(byRule('BANG_KHEN')).toHaveLength(3);
    expect(byRule('BIEU_DUONG')).toHaveLength(6);
    expect(byRule('PHE_BINH')).toEqual(['964']);
    expect([await count('reviews'), await count('proposals')]).toEqual([reviews, proposals]);
  });

  it('previews a drafted rule before it is saved', async () => {
    const rules = [
      {
        code: 'DIEM_CAO',
        name: 'Điểm cao',
        outcome: 'COMMENDATION',
        form: 'Biểu dương',
        priority: 1,
        condition: { and: [{ '!=': [{ var: 'score' }, null] }, { '>=': [{ var: 'score' }, 99] }] },
      },
    ];
    const result = await app.gql(PREVIEW, { campaignId, rules }, admin);
    expect(result.data?.previewRules.length).toBeGreaterThan(0);
    expect(result.data?.previewRules[0]).toMatchObject({
      ruleCode: 'DIEM_CAO',
      evidence: expect.arrayContaining([expect.objectContaining({ variable: 'score' })]),
    });
  });

  it('creates a review that freezes the rankings with the proposals of the rules', async () => {
    const result = await app.gql(
      CREATE_REVIEW,
      { input: { campaignId, asOfPeriod: 1, name: 'Đợt xét tuần 1' } },
      board,
    );
    expect(result.data?.createReview.userErrors).toEqual([]);
    const review = result.data?.createReview.review;
    const reviewId = review.id;
    expect(review).toMatchObject({ status: 'DRAFT', asOfPeriod: 1 });
    expect(review.proposals.filter((p: { ruleCode: string }) => p.ruleCode === 'BANG_KHEN')).toHaveLength(3);
    expect(review.proposals.every((p: { decision: string }) => p.decision === 'PENDING')).toBe(true);
    const snapshot = await app.gql(SNAPSHOT, { id: reviewId }, board);
    expect(
      snapshot.data?.review.rankings.map(
        (r: { level: { key: string }; cohortSize: number }) => `${r.level.key}:${r.cohortSize}`,
      ),
    ).toEqual(['province:19', 'district:9', 'commune:0']);
  });

  it('adds a proposal by hand with its reason, once per unit and outcome', async () => {
    const { id: reviewId } = await createReview('Đợt xét tuần 1');
    const unitId = (await app.dataSource.query(`SELECT id FROM units WHERE code = '966'`))[0].id;
    const input = {
      reviewId,
      unitId,
      outcome: 'COMMENDATION',
      form: 'Biểu dương',
      reason: 'Tiến bộ vượt bậc trong tuần.',
    };
    const added = await app.gql(ADD, { input }, board);
    expect(added.data?.addProposal.proposal).toMatchObject({
      ruleCode: null,
      reason: 'Tiến bộ vượt bậc trong tuần.',
      decision: 'PENDING',
      unit: { code: '966' },
    });
    expect(codesOf(await app.gql(ADD, { input }, board), 'addProposal')).toEqual(['DUPLICATE_PROPOSAL@input.unitId']);
    expect(
      codesOf(await app.gql(ADD, { input: { ...input, outcome: 'DISCIPLINE', reason: ' ' } }, board), 'addProposal'),
    ).toEqual(['REQUIRED@input.reason']);
  });

  it('keeps the snapshot when a report is revised later', async () => {
    // A copy of the demo campaign with the same reports, so that the revision changes no report another test reads.
    const created = await app.gql(
      `mutation($input: CreateCampaignInput!) {
        createCampaign(input: $input) { campaign { id } userErrors { code } } }`,
      { input: { ...CA_MAU_CAMPAIGN_INPUT, levelKeys: ['province', 'district', 'commune'] } },
      admin,
    );
    expect(created.data?.createCampaign.userErrors).toEqual([]);
    const copy = created.data?.createCampaign.campaign.id;
    const set = await app.gql(
      `mutation($id: ID!) {
        createTargetSet(input: {campaignId: $id, key: "campaign", name: "Chỉ tiêu"}) { userErrors { code } } }`,
      { id: copy },
      admin,
    );
    expect(set.data?.createTargetSet.userErrors).toEqual([]);
    const targets = Object.entries(CA_MAU_CAMPAIGN_TARGETS.levelDefaults).flatMap(([levelKey, values]) =>
      Object.entries(values).map(([indicatorCode, value]) => ({ indicatorCode, levelKey, value })),
    );
    const setTargets = await app.gql(
      `mutation($input: SetTargetsInput!) { setTargets(input: $input) { userErrors { code } } }`,
      { input: { campaignId: copy, targetSetKey: 'campaign', targets } },
      admin,
    );
    expect(setTargets.data?.setTargets.userErrors).toEqual([]);
    const activated = await app.gql(
      `mutation($id: ID!) { updateCampaign(input: {id: $id, status: ACTIVE}) { userErrors { code } } }`,
      { id: copy },
      admin,
    );
    expect(activated.data?.updateCampaign.userErrors).toEqual([]);
    await importWeekOne(copy);
    const { id: reviewId } = await createReview('Đợt xét tuần 1', 1, copy);
    const before = await app.gql(SNAPSHOT, { id: reviewId }, board);
    await app.gql(
      IMPORT,
      {
        input: {
          campaignId: copy,
          period: 1,
          csv: 'unitCode,indicatorCode,numerator,denominator\n964,ONLINE_RESOLUTION,100,100\n964,DIGITIZATION,100,100\n964,ONLINE_PAYMENT,10,10',
        },
      },
      admin,
    );
    const after = await app.gql(SNAPSHOT, { id: reviewId }, board);
    expect(after.data?.review).toEqual(before.data?.review);
  });

  it('refuses to finalize with undecided proposals, then finalizes once all are decided', async () => {
    const { id: reviewId } = await createReview('Đợt xét tuần 1');
    const pending = await app.gql(
      FINALIZE,
      { input: { reviewId, decisionNumber: '122/QĐ-UBND', decisionDate: '2023-03-10' } },
      board,
    );
    expect(codesOf(pending, 'finalizeReview')).toEqual(['UNDECIDED_PROPOSALS@input.reviewId']);
    const review = await app.gql(
      `query($id: ID!) { review(id: $id) { campaign { id } proposals { id ruleCode } } }`,
      { id: reviewId },
      board,
    );
    expect(review.data?.review.campaign).toEqual({ id: campaignId });
    for (const proposal of review.data?.review.proposals) {
      const decision = proposal.ruleCode === 'PHE_BINH' ? 'REJECTED' : 'APPROVED';
      const decided = await app.gql(
        DECIDE,
        { input: { proposalId: proposal.id, decision, note: 'Hội đồng thống nhất' } },
        board,
      );
      expect(decided.data?.decideProposal.proposal).toMatchObject({
        decision,
        note: 'Hội đồng thống nhất',
        decidedBy: { email: 'hoidong@camau.demo' },
      });
    }
    const done = await app.gql(
      FINALIZE,
      { input: { reviewId, decisionNumber: '122/QĐ-UBND', decisionDate: '2023-03-10' } },
      board,
    );
    expect(done.data?.finalizeReview).toEqual({
      review: { status: 'FINALIZED', decisionNumber: '122/QĐ-UBND', decisionDate: '2023-03-10' },
      userErrors: [],
    });
  });

  it('exports the approved proposals as the annex to the decision, in XLSX', async () => {
    const reviewId = await finalizedReview('123/QĐ-UBND', '2023-03-10');
    const response = await fetch(`${app.url}/exports/decision-list.xlsx?reviewId=${reviewId}`, {
      headers: { authorization: `Bearer ${board}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const commended = workbook.getWorksheet('Khen thưởng');
    expect(commended?.getRow(1).getCell(1).value).toBe('DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG');
    expect(commended?.getRow(2).getCell(1).value).toBe(
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/03/2023 của Chủ tịch UBND tỉnh)',
    );
    expect(commended?.getRow(4).values).toEqual([undefined, 'STT', 'Mã đơn vị', 'Tên tập thể', 'Hình thức', 'Ghi chú']);
    expect(commended?.rowCount).toBe(4 + 6 + 3 + 1);
    // Phê bình for 964 was rejected: the discipline sheet lists no unit.
    expect(workbook.getWorksheet('Phê bình')?.rowCount).toBe(4);
  });

  it('keeps a finalized review immutable', async () => {
    const reviewId = await finalizedReview('125/QĐ-UBND', '2023-03-10');
    const proposalId = (
      await app.dataSource.query('SELECT id FROM proposals WHERE review_id = $1 LIMIT 1', [reviewId])
    )[0].id;
    expect(
      codesOf(await app.gql(DECIDE, { input: { proposalId, decision: 'REJECTED' } }, board), 'decideProposal'),
    ).toEqual(['REVIEW_FINALIZED@input.proposalId']);
    expect(
      codesOf(
        await app.gql(
          FINALIZE,
          { input: { reviewId, decisionNumber: '124/QĐ-UBND', decisionDate: '2023-03-11' } },
          board,
        ),
        'finalizeReview',
      ),
    ).toEqual(['REVIEW_FINALIZED@input.reviewId']);
    const unitId = (await app.dataSource.query(`SELECT id FROM units WHERE code = '967'`))[0].id;
    expect(
      codesOf(
        await app.gql(
          ADD,
          { input: { reviewId, unitId, outcome: 'DISCIPLINE', form: 'Nhắc nhở', reason: 'x' } },
          board,
        ),
        'addProposal',
      ),
    ).toEqual(['REVIEW_FINALIZED@input.reviewId']);
  });

  it('refuses a decision number used by another review of the campaign', async () => {
    await finalizedReview('126/QĐ-UBND', '2023-03-10');
    const second = await app.gql(
      CREATE_REVIEW,
      { input: { campaignId, asOfPeriod: 2, name: 'Đợt xét tuần 2' } },
      board,
    );
    const id = second.data?.createReview.review.id;
    const result = await app.gql(
      FINALIZE,
      { input: { reviewId: id, decisionNumber: '126/QĐ-UBND', decisionDate: '2023-03-17' } },
      board,
    );
    // Every reason is given at once: the undecided proposals and the number already used.
    expect(codesOf(result, 'finalizeReview')).toEqual([
      'UNDECIDED_PROPOSALS@input.reviewId',
      'DUPLICATE_DECISION_NUMBER@input.decisionNumber',
    ]);
  });

  it('refuses a review for a period that is not due yet', async () => {
    const created = await app.gql(
      `mutation { createCampaign(input: {name: "Tương lai", startDate: "2099-01-01", endDate: "2099-02-01", indicators: [{code: "DIGITIZATION"}]}) { campaign { id } } }`,
      {},
      admin,
    );
    const future = created.data?.createCampaign.campaign.id;
    await app.gql(
      `mutation($id: ID!) { createTargetSet(input: {campaignId: $id, key: "campaign", name: "Chỉ tiêu"}) { userErrors { code } } }`,
      { id: future },
      admin,
    );
    const result = await app.gql(CREATE_REVIEW, { input: { campaignId: future, asOfPeriod: 1, name: 'Sớm' } }, board);
    expect(codesOf(result, 'createReview')).toEqual(['REVIEW_PERIOD_NOT_DUE@input.asOfPeriod']);
  });

  it('answers FORBIDDEN to a viewer creating a review and to a reporter deciding', async () => {
    const viewer = await app.loginAs('xem@camau.demo');
    expect(
      (await app.gql(CREATE_REVIEW, { input: { campaignId, asOfPeriod: 1, name: 'x' } }, viewer)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const reporter = await app.loginAs('baocao@camau.demo');
    expect(
      (await app.gql(DECIDE, { input: { proposalId: 'x', decision: 'APPROVED' } }, reporter)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await app.gql(
          CREATE_RULE,
          {
            input: { campaignId, code: 'X', name: 'x', outcome: 'DISCIPLINE', form: 'x', priority: 1, condition: true },
          },
          board,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
