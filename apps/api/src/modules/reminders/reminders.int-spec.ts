import { startTestApp, type TestApp } from '../../../test/harness';
import { waitUntil } from '../../../test/wait-until';
import { startMailWorker } from '../../../test/mail-worker';
import { startSmtpReceiver } from '../../../test/smtp-receiver';
import type { BackgroundWork } from '../../app/background-work';
import { loadCampaignContext } from '../campaigns';
import { DEFAULT_WEBHOOK_SETTINGS } from '../webhooks';
import { sendDueReminders } from './send-due-reminders';

const SET = `mutation($input: SetCampaignRemindersInput!) { setCampaignReminders(input: $input) {
  reminders { offsetsMinutes copyToParentLevelKeys } userErrors { code field } } }`;
const minutes = (date: Date, delta: number) => new Date(date.getTime() + delta * 60_000);

describe('reminders before and after the due instant (đôn đốc)', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let dueAt: Date;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let communes: { id: string; name: string }[];
  let district: string;
  const startWorker = (): Promise<BackgroundWork> => startMailWorker(app.dataSource, smtp.url);
  const send = (at: Date) => sendDueReminders(app.dataSource, (app.background as BackgroundWork).jobs, at);

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    app = await startTestApp({
      background: { work: false, webhooks: DEFAULT_WEBHOOK_SETTINGS, clock: false },
    });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    const context = await loadCampaignContext(app.dataSource.manager, campaignId);
    dueAt = context!.periods[2].dueAt; // week 3
    [{ id: district }] = await app.dataSource.query(`SELECT id FROM units WHERE code = '970'`);
    communes = await app.dataSource.query(
      `SELECT id, name FROM units WHERE parent_id = $1 AND archived_at IS NULL ORDER BY code`,
      [district],
    );
    // A commune's own reporter, beside the district's (baocao@camau.demo, unit 970).
    await app.dataSource.query(
      `INSERT INTO users (email, name, password_hash, role, unit_id)
       SELECT 'xa@camau.demo', 'Cán bộ xã', password_hash, 'REPORTER', $1 FROM users WHERE email = 'baocao@camau.demo'`,
      [communes[1].id],
    );
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('refuses bad settings and writes nothing', async () => {
    const before = await app.dataSource.query('SELECT * FROM campaign_reminders');
    expect(before).toHaveLength(1); // the demo's: 24 h and 2 h before, 1 h after
    const bad = await app.gql(SET, { input: { campaignId, offsetsMinutes: [0] } }, admin);
    expect(bad.data?.setCampaignReminders.userErrors[0]).toMatchObject({ code: 'INVALID_REMINDER' });
    const level = await app.gql(
      SET,
      { input: { campaignId, offsetsMinutes: [-60], copyToParentLevelKeys: ['x'] } },
      admin,
    );
    expect(level.data?.setCampaignReminders.userErrors[0]).toMatchObject({
      code: 'LEVEL_NOT_IN_CAMPAIGN',
      field: ['input', 'copyToParentLevelKeys', '0'],
    });
    const reporter = await app.loginAs('baocao@camau.demo');
    expect(
      (await app.gql(SET, { input: { campaignId, offsetsMinutes: [-60] } }, reporter)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await app.dataSource.query('SELECT * FROM campaign_reminders')).toEqual(before);
  });

  it('reaches exactly the units not reported, once, across a restart between scheduling and sending', async () => {
    const set = await app.gql(
      SET,
      { input: { campaignId, offsetsMinutes: [60, -1440, -120], copyToParentLevelKeys: ['commune'] } },
      admin,
    );
    expect(set.data?.setCampaignReminders).toEqual({
      reminders: { offsetsMinutes: [-1440, -120, 60], copyToParentLevelKeys: ['commune'] },
      userErrors: [],
    });
    await app.dataSource.query(`UPDATE campaign_reminders SET sent_until = $1`, [minutes(dueAt, -3 * 24 * 60)]);
    // The first commune reported week 3 two days before it was due.
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 5,
      denominator: 10,
    }));
    const submitted = await app.gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { userErrors { code } } }`,
      { input: { campaignId, unitId: communes[0].id, period: 3, values, submittedAt: minutes(dueAt, -2 * 24 * 60) } },
      admin,
    );
    expect(submitted.data?.submitReport.userErrors).toEqual([]);

    expect(await send(minutes(dueAt, -1441))).toBe(0);
    // Sent while no worker runs (the server stopped right after): the emails wait as jobs in the database.
    expect(await send(minutes(dueAt, -1439))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received).toEqual([]);
    const worker = await startWorker(); // the restart
    try {
      const rows: { email: string; unit_ids: string[] }[] = await app.dataSource.query(
        `SELECT u.email, rr.unit_ids FROM reminder_recipients rr JOIN users u ON u.id = rr.user_id ORDER BY u.email`,
      );
      const others = communes.slice(1).map((c) => c.id);
      expect(rows.find((row) => row.email === 'baocao@camau.demo')?.unit_ids.sort()).toEqual(
        [district, ...others].sort(),
      );
      expect(rows.find((row) => row.email === 'xa@camau.demo')?.unit_ids).toEqual([communes[1].id]);
      expect(rows.flatMap((row) => row.unit_ids)).not.toContain(communes[0].id);
      await waitUntil(() => smtp.received.length === 2);
      expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(['baocao@camau.demo', 'xa@camau.demo']);

      // Run again, or by two workers at once: nothing more.
      expect(await Promise.all([send(minutes(dueAt, -1439)), send(minutes(dueAt, -1438))])).toEqual([0, 0]);
      const reporter = await app.loginAs('xa@camau.demo');
      const notes = await app.gql(
        `{ notifications(first: 5) { totalCount edges { node { kind title body link } } } }`,
        {},
        reporter,
      );
      expect(notes.data?.notifications.totalCount).toBe(1);
      expect(notes.data?.notifications.edges[0].node).toMatchObject({ kind: 'REMINDER', link: '/report' });
      expect(notes.data?.notifications.edges[0].node.body).toContain(communes[1].name);

      // The commune reporter turns reminder emails off: the next reminder reaches them in the app only.
      const off = await app.gql(
        `mutation { setEmailPreferences(input: { reminders: false }) { emailPreferences { reminders } } }`,
        {},
        reporter,
      );
      expect(off.data?.setEmailPreferences.emailPreferences.reminders).toBe(false);
      expect(await send(minutes(dueAt, -100))).toBe(1);
      await waitUntil(() => smtp.received.length === 3);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(smtp.received.map((mail) => mail.to[0])).toEqual(expect.arrayContaining(['baocao@camau.demo']));
      expect(smtp.received.filter((mail) => mail.to[0] === 'xa@camau.demo')).toHaveLength(1);
      const [{ count }] = await app.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'xa@camau.demo'`,
      );
      expect(count).toBe(2);

      // Down for seven hours across the +60 reminder: too stale to send when it comes back.
      expect(await send(minutes(dueAt, 60 + 7 * 60))).toBe(0);
      const campaign = await app.gql(
        `query($id: ID!) { campaign(id: $id) { reminders { recentSends { periodIndex offsetMinutes unitCount recipientCount emailedCount } } } }`,
        { id: campaignId },
        admin,
      );
      expect(campaign.data?.campaign.reminders.recentSends).toEqual([
        expect.objectContaining({ periodIndex: 3, offsetMinutes: -120, recipientCount: 2, emailedCount: 1 }),
        expect.objectContaining({ periodIndex: 3, offsetMinutes: -1440, recipientCount: 2, emailedCount: 2 }),
      ]);
    } finally {
      await worker.stop();
    }
  });
});
