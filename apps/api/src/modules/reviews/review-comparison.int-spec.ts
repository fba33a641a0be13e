import fc from 'fast-check';
import { proposalConflicts } from '@thidua/domain';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * The board's review at scale through the API: each review compared with the previous one of its campaign, and
 * finalizing with conflicts left only when the board says so, recorded in the audit log.
 */
const ROW = 'id outcome form decision ruleCode conflicts unit { id name }';
const REVIEW = `query($id: ID!) { review(id: $id) { id status decisionNumber previousReview { id }
  proposals { ${ROW} }
  comparison { previousReview { id proposals { ${ROW} } } added { ${ROW} } dropped { ${ROW} }
    outcomeChanged { unit { id name } before after } } } }`;
const LIST = `query($campaignId: ID!) { reviews(campaignId: $campaignId) { id previousReview { id }
  comparison { previousReview { name } added { id unit { name } } dropped { id unit { name } }
    outcomeChanged { unit { name } before after } } } }`;
const CREATE = `mutation($input: CreateReviewInput!) { createReview(input: $input) {
  review { id } userErrors { code } } }`;
const ADD = `mutation($input: AddProposalInput!) { addProposal(input: $input) {
  proposal { id } userErrors { code } } }`;
const DECIDE = `mutation($input: DecideProposalsInput!) { decideProposals(input: $input) { userErrors { code } } }`;
const FINALIZE = `mutation($input: FinalizeReviewInput!) { finalizeReview(input: $input) {
  review { status decisionNumber } userErrors { code field message } } }`;

type Outcome = 'COMMENDATION' | 'DISCIPLINE';
interface Row {
  id: string;
  outcome: Outcome;
  form: string;
  decision: 'PENDING' | 'APPROVED' | 'REJECTED';
  ruleCode: string | null;
  conflicts: string[];
  unit: { id: string; name: string };
}
interface ReviewAnswer {
  id: string;
  status: string;
  decisionNumber: string | null;
  previousReview: { id: string } | null;
  proposals: Row[];
  comparison: {
    previousReview: { id: string; proposals: Row[] };
    added: Row[];
    dropped: Row[];
    outcomeChanged: { unit: { id: string; name: string }; before: Outcome[]; after: Outcome[] }[];
  } | null;
}

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The comparison restated from docs/domain.md §5, over what the API answers of the two reviews' proposals. */
function expectedComparison(previous: Row[], current: Row[]) {
  const live = (rows: Row[]) => rows.filter((row) => row.decision !== 'REJECTED');
  const key = (row: Row) => `${row.unit.id}|${row.outcome}|${row.form}`;
  const order = (a: Row, b: Row) =>
    a.unit.name.localeCompare(b.unit.name, 'vi') ||
    byCodePoint(a.unit.id, b.unit.id) ||
    OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) ||
    a.form.localeCompare(b.form, 'vi') ||
    byCodePoint(a.id, b.id);
  const outside = (rows: Row[], others: Row[]) =>
    live(rows)
      .filter((row) => !live(others).some((other) => key(other) === key(row)))
      .sort(order)
      .map((row) => row.id);
  const outcomesOf = (rows: Row[], unitId: string) =>
    OUTCOMES.filter((outcome) => live(rows).some((row) => row.unit.id === unitId && row.outcome === outcome));
  const units = [...new Map(live(current).map((row) => [row.unit.id, row.unit])).values()];
  return {
    added: outside(current, previous),
    dropped: outside(previous, current),
    outcomeChanged: units
      .map((unit) => ({ unit, before: outcomesOf(previous, unit.id), after: outcomesOf(current, unit.id) }))
      .filter((change) => change.before.length > 0 && change.before.join() !== change.after.join())
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || byCodePoint(a.unit.id, b.unit.id)),
  };
}

/** What the API answered, in the terms of expectedComparison. */
const answered = (comparison: NonNullable<ReviewAnswer['comparison']>) => ({
  added: comparison.added.map((row) => row.id),
  dropped: comparison.dropped.map((row) => row.id),
  outcomeChanged: comparison.outcomeChanged,
});

describe('comparing reviews and finalizing with conflicts (API)', () => {
  let app: TestApp;
  let admin: string;
  let board: string;
  let campaignId: string;
  let midwayId: string;
  let closingId: string;

  const review = async (id: string, token = board) =>
    (await app.gql(REVIEW, { id }, token)).data?.review as ReviewAnswer;
  const createReview = async (asOfPeriod: number, name: string) => {
    const result = await app.gql(CREATE, { input: { campaignId, asOfPeriod, name } }, board);
    expect(result.data?.createReview.userErrors).toEqual([]);
    return result.data?.createReview.review.id as string;
  };
  const decide = async (reviewId: string, proposalIds: string[], decision: string) => {
    if (!proposalIds.length) return;
    const result = await app.gql(DECIDE, { input: { reviewId, proposalIds, decision } }, board);
    expect(result.data?.decideProposals.userErrors).toEqual([]);
  };
  const finalize = async (reviewId: string, decisionNumber: string, acceptConflicts?: boolean | null) =>
    (
      await app.gql(
        FINALIZE,
        { input: { reviewId, decisionNumber, decisionDate: '2023-05-20', acceptConflicts } },
        board,
      )
    ).data?.finalizeReview as {
      review: { status: string; decisionNumber: string } | null;
      userErrors: { code: string; field: string[]; message: string }[];
    };
  const finalizeAudits = async (reviewId: string): Promise<{ after: Record<string, unknown> }[]> =>
    app.dataSource.query(`SELECT after FROM audit_entries WHERE action = 'finalizeReview' AND entity_id = $1`, [
      reviewId,
    ]);
  const expectCompared = async (id: string) => {
    const answer = await review(id);
    const comparison = answer.comparison as NonNullable<ReviewAnswer['comparison']>;
    expect(comparison.previousReview.id).toBe(answer.previousReview?.id);
    expect(answered(comparison)).toEqual(expectedComparison(comparison.previousReview.proposals, answer.proposals));
    return answer;
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    admin = await app.loginAs('admin@camau.demo');
    board = await app.loginAs('hoidong@camau.demo');
    const rows: { id: string; status: string; campaign_id: string }[] = await app.dataSource.query(
      'SELECT id, status, campaign_id FROM reviews',
    );
    midwayId = rows.find((row) => row.status === 'FINALIZED')?.id as string;
    closingId = rows.find((row) => row.status === 'DRAFT')?.id as string;
    campaignId = rows[0].campaign_id;
  });
  afterAll(() => app.close());

  it("has no previous review and no comparison for the campaign's first review", async () => {
    const first = await review(midwayId);
    expect([first.previousReview, first.comparison]).toEqual([null, null]);
  });

  it('compares the closing review with the mid-campaign one, rejected proposals on neither side', async () => {
    const closing = await expectCompared(closingId);
    expect(closing.previousReview).toEqual({ id: midwayId });
    const comparison = closing.comparison as NonNullable<ReviewAnswer['comparison']>;
    expect(comparison.added.length + comparison.dropped.length).toBeGreaterThan(0);
    expect([...comparison.added, ...comparison.dropped].every((row) => row.decision !== 'REJECTED')).toBe(true);
    const rejectedBefore = comparison.previousReview.proposals.filter((row) => row.decision === 'REJECTED');
    expect(rejectedBefore.length).toBeGreaterThan(0);
  });

  it('takes the review of the latest earlier period as the previous one, the one made last on a tie', async () => {
    const first = await createReview(8, 'Kỳ 8 (lần 1)');
    const second = await createReview(8, 'Kỳ 8 (lần 2)');
    expect((await review(closingId)).previousReview).toEqual({ id: second });
    // A review of the same period is not the previous one: both compare with the mid-campaign review.
    expect((await review(first)).previousReview).toEqual({ id: midwayId });
    expect((await review(second)).previousReview).toEqual({ id: midwayId });
  });

  it('adds, drops and changes outcomes as the board decides, whatever it rejects', async () => {
    const reviewId = (await review(closingId)).previousReview?.id as string;
    const before = (await review(midwayId)).proposals.filter((row) => row.decision !== 'REJECTED');
    // A unit commended at the mid-campaign review and only commended now: disciplined by hand, its commendations
    // rejected, its outcome changes from commendation to discipline.
    const now = (await review(reviewId)).proposals;
    const outcomes = (rows: Row[], unitId: string) => [
      ...new Set(rows.filter((row) => row.unit.id === unitId).map((row) => row.outcome)),
    ];
    const unit = before.find(
      (row) =>
        outcomes(before, row.unit.id).join() === 'COMMENDATION' && outcomes(now, row.unit.id).join() === 'COMMENDATION',
    )?.unit as Row['unit'];
    expect(unit).toBeDefined();
    const input = { reviewId, unitId: unit.id, outcome: 'DISCIPLINE', form: 'Nhắc nhở', reason: 'Báo cáo chậm.' };
    const added = (await app.gql(ADD, { input }, board)).data?.addProposal.proposal.id as string;
    const commendations = now.filter((row) => row.unit.id === unit.id).map((row) => row.id);
    await decide(reviewId, commendations, 'REJECTED');
    const changed = await expectCompared(reviewId);
    expect(changed.comparison?.added.map((row) => row.id)).toContain(added);
    expect(changed.comparison?.outcomeChanged).toContainEqual({
      unit,
      before: ['COMMENDATION'],
      after: ['DISCIPLINE'],
    });
    // Whatever else the board rejects or leaves pending, the answer is the comparison of the live proposals.
    const others = now.filter((row) => row.unit.id !== unit.id).map((row) => row.id);
    await fc.assert(
      fc.asyncProperty(fc.subarray(others, { maxLength: 40 }), async (rejected) => {
        await decide(reviewId, rejected, 'REJECTED');
        await expectCompared(reviewId);
        await expectCompared(closingId);
        await decide(reviewId, rejected, 'PENDING');
      }),
      { numRuns: 8 },
    );
  });

  it('answers a list of reviews with their comparisons in as many queries however long the list', async () => {
    const count = async () => {
      const start = app.queryCount();
      const result = await app.gql(LIST, { campaignId }, board);
      expect(result.errors).toBeUndefined();
      return { queries: app.queryCount() - start, reviews: result.data?.reviews.length as number };
    };
    const few = await count();
    await createReview(9, 'Kỳ 9');
    await createReview(10, 'Kỳ 10');
    const more = await count();
    expect(more.reviews).toBe(few.reviews + 2);
    expect(more.queries).toBe(few.queries);
  });

  it('lets reach the comparison exactly who may read the review', async () => {
    const token = async (scope: string) =>
      (
        await app.gql(
          `mutation($s: [String!]!) { createApiToken(input: {name: "comparison", scopes: $s}) { token } }`,
          { s: [scope] },
          admin,
        )
      ).data?.createApiToken.token as string;
    const expected = await review(closingId);
    for (const reader of [await token('read:rankings'), await app.loginAs('xem@camau.demo')])
      expect(await review(closingId, reader)).toEqual(expected);
    for (const [caller, code] of [
      [await token('read:reports'), 'FORBIDDEN'],
      [await token('read:units'), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of [
        [REVIEW, { id: closingId }],
        [LIST, { campaignId }],
      ] as const) {
        const result = await app.gql(query, variables, caller);
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
        expect(result.data?.review ?? result.data?.reviews ?? null).toBeNull();
      }
    }
  });

  it('asks for every decision before it asks about conflicts', async () => {
    for (const acceptConflicts of [undefined, false, true]) {
      expect((await finalize(closingId, '601/QĐ-UBND', acceptConflicts)).userErrors.map((e) => e.code)).toEqual([
        'UNDECIDED_PROPOSALS',
      ]);
    }
  });

  it('refuses to finalize with conflicts left unless accepted, counting them, and changes nothing', async () => {
    const all = (await review(closingId)).proposals;
    await decide(
      closingId,
      all.filter((row) => row.decision === 'PENDING').map((row) => row.id),
      'APPROVED',
    );
    const inConflict = all.filter((row) => row.conflicts.length > 0);
    expect(inConflict.length).toBeGreaterThan(0);
    const leftInConflict = (rejected: string[]) => {
      const rows = all.map((row) => ({
        ...row,
        unitId: row.unit.id,
        decision: rejected.includes(row.id) ? ('REJECTED' as const) : ('APPROVED' as const),
      }));
      const found = proposalConflicts(rows);
      return rows.filter((row) => (found.get(row.id) ?? []).length > 0);
    };
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(
          inConflict.map((row) => row.id),
          { maxLength: Math.max(0, inConflict.length - 2) },
        ),
        fc.constantFrom(undefined, null, false),
        async (rejected, acceptConflicts) => {
          const left = leftInConflict(rejected);
          fc.pre(left.length > 0);
          await decide(closingId, rejected, 'REJECTED');
          const refused = await finalize(closingId, '601/QĐ-UBND', acceptConflicts);
          const units = new Set(left.map((row) => row.unit.id)).size;
          expect(refused).toEqual({
            review: null,
            userErrors: [
              {
                code: 'UNRESOLVED_CONFLICTS',
                field: ['input', 'acceptConflicts'],
                message: expect.stringContaining(`${left.length} proposals of ${units} unit${units > 1 ? 's' : ''}`),
              },
            ],
          });
          await decide(closingId, rejected, 'APPROVED');
        },
      ),
      { numRuns: 6 },
    );
    const after = await review(closingId);
    expect([after.status, after.decisionNumber]).toEqual(['DRAFT', null]);
    expect(after.proposals.map((row) => row.decision)).toEqual(all.map(() => 'APPROVED'));
    expect(await finalizeAudits(closingId)).toEqual([]);
  });

  it('finalizes with acceptConflicts and records the conflicts accepted in the audit log', async () => {
    const all = (await review(closingId)).proposals;
    const inConflict = all.filter((row) => row.conflicts.length > 0);
    const units = [...new Map(inConflict.map((row) => [row.unit.id, row.unit.name])).entries()];
    const expected = units
      .map(([unitId, unitName]) => {
        const rows = inConflict.filter((row) => row.unit.id === unitId);
        return {
          unitId,
          unitName,
          conflicts: ['BOTH_OUTCOMES', 'DUPLICATE', 'AGAINST_RULES'].filter((kind) =>
            rows.some((row) => row.conflicts.includes(kind)),
          ),
          proposalIds: rows.map((row) => row.id).sort(),
        };
      })
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || byCodePoint(a.unitId, b.unitId));
    expect(expected.length).toBeGreaterThan(0);
    const done = await finalize(closingId, '601/QĐ-UBND', true);
    expect(done).toEqual({ review: { status: 'FINALIZED', decisionNumber: '601/QĐ-UBND' }, userErrors: [] });
    expect(await finalizeAudits(closingId)).toEqual([
      { after: { decisionNumber: '601/QĐ-UBND', decisionDate: '2023-05-20', acceptedConflicts: expected } },
    ]);
  });

  it('finalizes without asking once the board has rejected one side of every conflict', async () => {
    const reviewId = await createReview(7, 'Kỳ 7');
    const all = (await review(reviewId)).proposals;
    await decide(
      reviewId,
      all.filter((row) => row.outcome === 'DISCIPLINE').map((row) => row.id),
      'REJECTED',
    );
    await decide(
      reviewId,
      all.filter((row) => row.outcome === 'COMMENDATION').map((row) => row.id),
      'APPROVED',
    );
    expect((await review(reviewId)).proposals.every((row) => row.conflicts.length === 0)).toBe(true);
    expect((await finalize(reviewId, '602/QĐ-UBND')).userErrors).toEqual([]);
    expect(await finalizeAudits(reviewId)).toEqual([
      { after: { decisionNumber: '602/QĐ-UBND', decisionDate: '2023-05-20', acceptedConflicts: [] } },
    ]);
  });
});
