import { startTestApp, type TestApp } from '../../../test/harness';
import { waitUntil } from '../../../test/wait-until';
import { startMailWorker } from '../../../test/mail-worker';
import { startSmtpReceiver } from '../../../test/smtp-receiver';
import type { BackgroundWork } from '../../app/background-work';
import { loadCampaignContext } from '../campaigns';
import { DEFAULT_WEBHOOK_SETTINGS } from '../webhooks';
import { closeDuePeriods } from './period-close';

const SET = `mutation($input: SetWeeklyReportMailingInput!) { setWeeklyReportMailing(input: $input) {
  weeklyReportMailing { recipients delayMinutes } userErrors { code field } } }`;

describe('at each due instant: the period closed, the weekly report emailed', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let dueAt: Date;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    app = await startTestApp({
      demo: 'full',
      background: { work: false, webhooks: DEFAULT_WEBHOOK_SETTINGS, clock: false },
    });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    dueAt = (await loadCampaignContext(app.dataSource.manager, campaignId))!.periods[10].dueAt; // week 11
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('refuses bad recipients and delays', async () => {
    const bad = await app.gql(
      SET,
      { input: { campaignId, recipients: ['vanphong@camau.gov.vn', 'not an email'], delayMinutes: -5 } },
      admin,
    );
    expect(bad.data?.setWeeklyReportMailing.userErrors).toEqual([
      { code: 'INVALID_EMAIL', field: ['input', 'recipients', '1'] },
      { code: 'INVALID_INPUT', field: ['input', 'delayMinutes'] },
    ]);
    // An address is named where it was sent, even after one kept once (the same address in other capitals).
    const afterTwin = await app.gql(
      SET,
      { input: { campaignId, recipients: ['a@camau.gov.vn', 'A@camau.gov.vn', 'not an email'], delayMinutes: 0 } },
      admin,
    );
    expect(afterTwin.data?.setWeeklyReportMailing.userErrors).toEqual([
      { code: 'INVALID_EMAIL', field: ['input', 'recipients', '2'] },
    ]);
    const tooLong = await app.gql(
      `mutation($input: SetWeeklyReportMailingInput!) { setWeeklyReportMailing(input: $input) {
         userErrors { code field message } } }`,
      { input: { campaignId, recipients: ['a@camau.gov.vn', `${'x'.repeat(300)}@camau.gov.vn`] } },
      admin,
    );
    expect(tooLong.data?.setWeeklyReportMailing.userErrors).toEqual([
      {
        code: 'TOO_LONG',
        field: ['input', 'recipients', '1'],
        message: 'Each recipients item must be at most 254 characters.',
      },
    ]);
    const viewer = await app.loginAs('xem@camau.demo');
    const read = await app.gql(
      `query($id: ID!) { campaign(id: $id) { weeklyReportMailing { recipients } } }`,
      { id: campaignId },
      viewer,
    );
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('closes a period once, with the missing units, and emails the weekly report after the delay', async () => {
    const set = await app.gql(
      SET,
      { input: { campaignId, recipients: ['VanPhong@camau.gov.vn', 'chutich@camau.gov.vn'], delayMinutes: 30 } },
      admin,
    );
    expect(set.data?.setWeeklyReportMailing.weeklyReportMailing).toEqual({
      recipients: ['vanphong@camau.gov.vn', 'chutich@camau.gov.vn'],
      delayMinutes: 30,
    });
    const jobs = (app.background as BackgroundWork).jobs;
    expect(await closeDuePeriods(app.dataSource, jobs, new Date(dueAt.getTime() - 1))).toBe(0);
    const at = new Date(dueAt.getTime() + 60_000);
    expect(
      await Promise.all([closeDuePeriods(app.dataSource, jobs, at), closeDuePeriods(app.dataSource, jobs, at)]),
    ).toEqual(expect.arrayContaining([0]));
    const events = await app.dataSource.query(`SELECT data FROM outbox_events WHERE type = 'period.closed'`);
    expect(events).toHaveLength(1);
    const [{ missing }] = await app.dataSource.query(
      `SELECT count(*)::int AS missing FROM units u WHERE u.archived_at IS NULL
         AND u.level_id IN (SELECT level_id FROM campaign_levels WHERE campaign_id = $1)
         AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.id AND r.period_index = 11 AND r.first_submitted_at <= $2)`,
      [campaignId, at],
    );
    expect(events[0].data).toMatchObject({ campaignId, period: 11 });
    expect(events[0].data.missingUnits).toHaveLength(missing);

    const worker = await startMailWorker(app.dataSource, smtp.url);
    try {
      await waitUntil(() => smtp.received.length === 1);
      const [mail] = smtp.received;
      expect(mail.to.sort()).toEqual(['chutich@camau.gov.vn', 'vanphong@camau.gov.vn']);
      expect(mail.raw).toContain('bao-cao-tuan-ky-11.xlsx');
      expect(mail.raw).toMatch(/Content-Type:\s+application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/);
      const sent = async () =>
        (
          await app.gql(
            `query($id: ID!) { campaign(id: $id) { weeklyReportMailing { recentSends { period sentAt error } } } }`,
            { id: campaignId },
            admin,
          )
        ).data?.campaign.weeklyReportMailing.recentSends[0];
      await waitUntil(async () => Boolean((await sent())?.sentAt));
      expect(await sent()).toMatchObject({ period: 11, error: null, sentAt: expect.any(String) });
    } finally {
      await worker.stop();
    }
    expect(await closeDuePeriods(app.dataSource, jobs, new Date(at.getTime() + 60_000))).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});
