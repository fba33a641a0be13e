import { startTestApp, type TestApp } from '../../../test/harness';

const USERS: Record<'ADMIN' | 'BOARD' | 'REPORTER' | 'VIEWER', string> = {
  ADMIN: 'admin@camau.demo',
  BOARD: 'hoidong@camau.demo',
  REPORTER: 'baocao@camau.demo',
  VIEWER: 'xem@camau.demo',
};
const TOKENS = ['read:units', 'read:reports', 'read:rankings', 'write:reports'] as const;
type Caller = keyof typeof USERS | (typeof TOKENS)[number];

const REVISIONS = `query($campaignId: ID!) { reports(campaignId: $campaignId, first: 100) {
  edges { node { revisions { submittedBy { id name email } } } } } }`;
const PROPOSALS = `query($id: ID!) { review(id: $id) { proposals { decidedBy { id name } } } }`;
const DECIDER_EMAILS = `query($id: ID!) { review(id: $id) { proposals { decidedBy { email } } } }`;

interface Named {
  id: string;
  name: string;
  email: string | null;
}

/**
 * A person's email on a report revision (submittedBy) or a proposal (decidedBy) is shown to an administrator and to
 * the person themself. Every other reader, API tokens included, sees the name: a revision's `submittedBy` is a
 * Person whose email is then null; a proposal's `decidedBy` is a User (the public contract), whose email is then
 * FORBIDDEN.
 */
describe('who sees the email of the person who submitted a report or decided a proposal', () => {
  let app: TestApp;
  const tokens = new Map<Caller, string>();
  const userIds = new Map<string, string>();
  let campaignId: string;
  let reviewId: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    for (const [caller, email] of Object.entries(USERS)) tokens.set(caller as Caller, await app.loginAs(email));
    for (const scope of TOKENS) {
      const created = await app.gql(
        `mutation($s: [String!]!) { createApiToken(input: {name: "email", scopes: $s}) { token } }`,
        { s: [scope] },
        tokens.get('ADMIN'),
      );
      tokens.set(scope, created.data?.createApiToken.token);
    }
    for (const row of await app.dataSource.query('SELECT id, email FROM users')) userIds.set(row.email, row.id);
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    reviewId = (await app.dataSource.query('SELECT review_id FROM proposals LIMIT 1'))[0].review_id;
    // Every revision by the reporter, every proposal decided by the board member: both appear to every reader.
    await app.dataSource.query('UPDATE report_revisions SET submitted_by = $1', [userIds.get(USERS.REPORTER)]);
    await app.dataSource.query(`UPDATE proposals SET decided_by = $1, decision = 'APPROVED', decided_at = now()`, [
      userIds.get(USERS.BOARD),
    ]);
  }, 120_000);
  afterAll(() => app.close());

  const sees = (caller: Caller, owner: keyof typeof USERS): string | null =>
    caller === 'ADMIN' || caller === owner ? USERS[owner] : null;

  it.each(['ADMIN', 'BOARD', 'REPORTER', 'VIEWER', ...TOKENS] as Caller[])(
    '%s reads names, and an email only its own or as an administrator',
    async (caller) => {
      const token = tokens.get(caller);
      // The queries' own gate: a token without their scope reads no one at all.
      const maySeeReports = caller in USERS || caller === 'read:reports';
      const maySeeReviews = caller in USERS || caller === 'read:rankings';
      const reports = await app.gql(REVISIONS, { campaignId }, token);
      const reviews = await app.gql(PROPOSALS, { id: reviewId }, token);
      for (const [answer, allowed] of [
        [reports, maySeeReports],
        [reviews, maySeeReviews],
      ] as const)
        expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(allowed ? undefined : ['FORBIDDEN']);
      if (maySeeReports) {
        const answer = reports;
        const people: Named[] = answer.data?.reports.edges.flatMap(
          (edge: { node: { revisions: { submittedBy: Named | null }[] } }) =>
            edge.node.revisions.map((revision) => revision.submittedBy),
        );
        expect(people.length).toBeGreaterThan(0);
        for (const person of people) {
          expect(person).toEqual({
            id: userIds.get(USERS.REPORTER),
            name: expect.any(String),
            email: sees(caller, 'REPORTER'),
          });
          expect(person.name.length).toBeGreaterThan(0);
        }
      }
      if (maySeeReviews) {
        const answer = reviews;
        const people: Named[] = answer.data?.review.proposals.map(
          (proposal: { decidedBy: Named }) => proposal.decidedBy,
        );
        expect(people.length).toBeGreaterThan(0);
        for (const person of people) {
          expect(person).toEqual({ id: userIds.get(USERS.BOARD), name: expect.any(String) });
          expect(person.name.length).toBeGreaterThan(0);
        }
        const emails = await app.gql(DECIDER_EMAILS, { id: reviewId }, token);
        const email = sees(caller, 'BOARD');
        if (email) {
          expect(emails.errors).toBeUndefined();
          for (const proposal of emails.data?.review.proposals ?? []) expect(proposal.decidedBy).toEqual({ email });
        } else {
          expect(emails.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          for (const proposal of emails.data?.review.proposals ?? []) expect(proposal.decidedBy).toBeNull();
        }
      }
    },
  );
});
