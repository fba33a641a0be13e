import fc from 'fast-check';
import { describeCondition, proposalConflicts, type JsonValue } from '@thidua/domain';
import { CA_MAU_DEMO_RULES } from '@thidua/domain/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

/** The board's review at scale through the API: conflicts, filters, conditions in words, decisions in bulk and undo. */
const REVIEW = `query($id: ID!, $decision: Decision, $needsReview: Boolean, $language: Language) { review(id: $id) {
  id status createdAt proposals(decision: $decision, needsReview: $needsReview) {
    id decision note ruleCode outcome conflicts conditionText(language: $language) unit { id name } } } }`;
const DECIDE_MANY = `mutation($input: DecideProposalsInput!) { decideProposals(input: $input) {
  proposals { id decision note } userErrors { code field } } }`;

interface ProposalRow {
  id: string;
  decision: string;
  note: string | null;
  ruleCode: string | null;
  outcome: 'COMMENDATION' | 'DISCIPLINE';
  conflicts: string[];
  conditionText: string | null;
  unit: { id: string; name: string };
}

describe("the board's review workspace (API)", () => {
  let app: TestApp;
  let board: string;
  let openId: string;
  let finalizedId: string;

  const review = async (variables: Record<string, unknown> = {}, id = openId) =>
    (await app.gql(REVIEW, { id, ...variables }, board)).data?.review as {
      status: string;
      createdAt: string;
      proposals: ProposalRow[];
    };
  const decideMany = async (input: Record<string, unknown>) =>
    (await app.gql(DECIDE_MANY, { input: { reviewId: openId, ...input } }, board)).data?.decideProposals as {
      proposals: { id: string; decision: string; note: string | null }[];
      userErrors: { code: string; field: string[] }[];
    };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    board = await app.loginAs('hoidong@camau.demo');
    const rows: { id: string; status: string }[] = await app.dataSource.query('SELECT id, status FROM reviews');
    openId = rows.find((row) => row.status === 'DRAFT')?.id as string;
    finalizedId = rows.find((row) => row.status === 'FINALIZED')?.id as string;
  });
  afterAll(() => app.close());

  it("keeps the demo reviews in the campaign's own time (the mid-campaign review made on 10/04/2023)", async () => {
    expect((await review({}, finalizedId)).createdAt).toBe('2023-04-10T02:00:00.000Z');
  });

  it('flags exactly the proposals the domain finds in conflict, and filters on them', async () => {
    const all = (await review()).proposals;
    const expected = proposalConflicts(all.map((p) => ({ ...p, unitId: p.unit.id }) as never));
    for (const proposal of all) expect(proposal.conflicts).toEqual(expected.get(proposal.id));
    const flagged = all.filter((proposal) => proposal.conflicts.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.some((proposal) => proposal.conflicts.includes('BOTH_OUTCOMES'))).toBe(true);
    expect((await review({ needsReview: true })).proposals.map((p) => p.id)).toEqual(flagged.map((p) => p.id));
    expect((await review({ needsReview: false })).proposals).toHaveLength(all.length - flagged.length);
    const pending = (await review({ decision: 'PENDING' })).proposals;
    expect(pending.map((p) => p.id)).toEqual(all.filter((p) => p.decision === 'PENDING').map((p) => p.id));
  });

  it("explains each rule's proposal in words, in either language, as the rule read when the review was made", async () => {
    for (const language of ['VI', 'EN'] as const) {
      for (const proposal of (await review({ language })).proposals) {
        const rule = CA_MAU_DEMO_RULES.find((candidate) => candidate.code === proposal.ruleCode);
        if (!rule) {
          expect(proposal.conditionText).toBeNull();
          continue;
        }
        const words = describeCondition(rule.condition as JsonValue, { language: language === 'VI' ? 'vi' : 'en' });
        expect(proposal.conditionText).toBe(words);
      }
    }
  });

  it('decides a selection at once, keeps the note, and undoes one back to pending', async () => {
    const pending = (await review({ decision: 'PENDING' })).proposals.slice(0, 3);
    const ids = pending.map((p) => p.id);
    const decided = await decideMany({ proposalIds: [...ids, ids[0]], decision: 'APPROVED', note: '  Đạt.  ' });
    expect(decided.userErrors).toEqual([]);
    expect(decided.proposals.map((p) => [p.id, p.decision, p.note])).toEqual(ids.map((id) => [id, 'APPROVED', 'Đạt.']));
    const undone = await decideMany({ proposalIds: [ids[0]], decision: 'PENDING', note: null });
    expect(undone.proposals).toEqual([{ id: ids[0], decision: 'PENDING', note: null }]);
    const audit: { count: string }[] = await app.dataSource.query(
      `SELECT count(*) FROM audit_entries WHERE action = 'decideProposal' AND entity_id = ANY($1::varchar[])`,
      [ids],
    );
    expect(Number(audit[0].count)).toBe(4);
  });

  it("changes nothing when any id is not one of the review's proposals, whatever the ids", async () => {
    const before = (await review()).proposals;
    const known = before.map((p) => p.id);
    const foreign = (await review({}, finalizedId)).proposals.map((p) => p.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...known), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.constantFrom(...foreign), fc.string({ maxLength: 40 }), fc.uuid()),
        async (ids, stranger) => {
          const result = await decideMany({ proposalIds: [...ids, stranger], decision: 'REJECTED' });
          expect(result.proposals).toEqual([]);
          expect(result.userErrors).toEqual([
            { code: 'NOT_FOUND', field: ['input', 'proposalIds', String(ids.length)] },
          ]);
        },
      ),
      { numRuns: 15 },
    );
    expect((await review()).proposals).toEqual(before);
  });

  it('refuses an empty or oversized selection and a finalized review', async () => {
    expect((await decideMany({ proposalIds: [], decision: 'APPROVED' })).userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'proposalIds'] },
    ]);
    const many = Array.from({ length: 1001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect((await decideMany({ proposalIds: many, decision: 'APPROVED' })).userErrors).toEqual([
      { code: 'TOO_MANY', field: ['input', 'proposalIds'] },
    ]);
    const finalizedProposal = (await review({}, finalizedId)).proposals[0].id;
    const result = await app.gql(
      DECIDE_MANY,
      { input: { reviewId: finalizedId, proposalIds: [finalizedProposal], decision: 'REJECTED' } },
      board,
    );
    expect(result.data?.decideProposals.userErrors).toEqual([
      { code: 'REVIEW_FINALIZED', field: ['input', 'reviewId'] },
    ]);
  });
});
