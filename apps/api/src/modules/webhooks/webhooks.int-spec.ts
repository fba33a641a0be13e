import { Webhook } from 'standardwebhooks';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitUntil } from '../../../test/wait-until';
import { startWebhookReceiver } from '../../../test/webhook-receiver';
import { startBackgroundWork } from '../../app/background-work';
import pino from 'pino';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

const settings = (overrides: Partial<WebhookSettings> = {}): WebhookSettings => ({
  ...DEFAULT_WEBHOOK_SETTINGS,
  addresses: { allowedHosts: ['127.0.0.1'] },
  retryLimit: 3,
  retryDelaySeconds: 1,
  timeoutMs: 2000,
  ...overrides,
});

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { webhookEndpoint { id secret enabled eventTypes createdAt updatedAt } userErrors { code field message } } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`;
const DELIVERIES = `query($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason consecutiveFailures
  deliveries(first: 50) { totalCount edges { node { id eventId status attempts lastStatusCode
    attemptLog { statusCode manual error } } } } } }`;
const INDICATORS = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

describe('events for other apps: the outbox and webhooks', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let unitIds: string[];
  const submit = (unitId: string, numerator: number, period = 1) =>
    app.gql(
      SUBMIT,
      {
        input: {
          campaignId,
          unitId,
          period,
          values: INDICATORS.map((indicatorCode) => ({ indicatorCode, numerator, denominator: 100 })),
        },
      },
      admin,
    );
  const register = async (url: string, eventTypes = ['report.submitted', 'report.revised']) => {
    const answer = await app.gql(CREATE, { input: { url, eventTypes, description: 'Cổng dịch vụ công' } }, admin);
    expect(answer.data?.createWebhookEndpoint.userErrors).toEqual([]);
    return answer.data?.createWebhookEndpoint.webhookEndpoint as { id: string; secret: string };
  };

  const startWorker = (overrides: Partial<WebhookSettings> = {}) =>
    startBackgroundWork(
      app.dataSource,
      { work: true, webhooks: settings(overrides), pollingIntervalSeconds: 0.5 },
      pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    );

  beforeAll(async () => {
    // The server only sends jobs; each test starts the workers it needs (as `npm run worker` would).
    app = await startTestApp({ background: { work: false, webhooks: settings() } });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    unitIds = (
      await app.dataSource.query(
        `SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'commune' AND u.archived_at IS NULL
         ORDER BY u.code LIMIT 40`,
      )
    ).map((row: { id: string }) => row.id);
  });
  afterAll(() => app.close());

  it('delivers a submission exactly once, signed, to a receiver that fails twice first', async () => {
    const receiver = await startWebhookReceiver((count) => (count <= 2 ? 500 : 204));
    const worker = await startWorker();
    try {
      const endpoint = await register(receiver.url);
      expect((await submit(unitIds[0], 40)).data?.submitReport.outcome).toBe('CREATED');
      await receiver.waitFor((requests) => requests.some((request) => request.answered === 204));
      await new Promise((resolve) => setTimeout(resolve, 2500)); // long enough for a wrong extra retry
      expect(receiver.received.map((request) => request.answered)).toEqual([500, 500, 204]);
      const ids = new Set(receiver.received.map((request) => request.headers['webhook-id']));
      expect(ids.size).toBe(1);
      const last = receiver.received[2];
      const event = new Webhook(endpoint.secret).verify(last.body, {
        'webhook-id': String(last.headers['webhook-id']),
        'webhook-timestamp': String(last.headers['webhook-timestamp']),
        'webhook-signature': String(last.headers['webhook-signature']),
      }) as { id: string; type: string; data: { unitId: string; period: number; values: unknown[] } };
      expect(event).toMatchObject({ type: 'report.submitted', data: { unitId: unitIds[0], period: 1 } });
      expect(event.data.values).toHaveLength(3);
      const log = (await app.gql(DELIVERIES, { id: endpoint.id }, admin)).data?.webhookEndpoint;
      expect(log.deliveries.totalCount).toBe(1);
      expect(log.deliveries.edges[0].node).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204 });
      expect(log.deliveries.edges[0].node.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([
        500, 500, 204,
      ]);
      expect(log.consecutiveFailures).toBe(0);
      const queues = await app.gql(`{ backgroundJobs { name completed retrying failed } }`, {}, admin);
      expect(queues.data?.backgroundJobs).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'webhooks.deliver', completed: 1 })]),
      );

      // An admin sends it again: the same event id, recorded as a manual attempt.
      const redeliver = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { status } userErrors { code } } }`;
      const deliveryId = log.deliveries.edges[0].node.id;
      expect((await app.gql(redeliver, { input: { deliveryId } }, admin)).data?.redeliverWebhook.userErrors).toEqual(
        [],
      );
      await receiver.waitFor((requests) => requests.length === 4);
      expect(receiver.received[3].headers['webhook-id']).toBe(last.headers['webhook-id']);
      await waitUntil(async () => {
        const again = (await app.gql(DELIVERIES, { id: endpoint.id }, admin)).data?.webhookEndpoint;
        const attempts = again.deliveries.edges[0].node.attemptLog;
        return attempts.length === 4 && attempts[3].manual === true && attempts[3].statusCode === 204;
      });
    } finally {
      await worker.stop();
      await receiver.close();
      await app.dataSource.query('DELETE FROM webhook_endpoints');
    }
  });

  it('refuses bad endpoints with userErrors and writes nothing', async () => {
    const cases: [object, string, string[]][] = [
      [{ url: 'http://10.0.0.8/hook', eventTypes: ['report.submitted'] }, 'URL_NOT_ALLOWED', ['input', 'url']],
      [{ url: 'file:///etc/passwd', eventTypes: ['report.submitted'] }, 'URL_NOT_ALLOWED', ['input', 'url']],
      [{ url: 'not a url', eventTypes: ['report.submitted'] }, 'INVALID_FORMAT', ['input', 'url']],
      [
        { url: 'http://127.0.0.1:9/', eventTypes: ['report.deleted'] },
        'UNKNOWN_EVENT_TYPE',
        ['input', 'eventTypes', '0'],
      ],
      [{ url: 'http://127.0.0.1:9/', eventTypes: [] }, 'REQUIRED', ['input', 'eventTypes']],
      [{ url: '   ', eventTypes: ['unit.changed'] }, 'REQUIRED', ['input', 'url']],
    ];
    const before = await app.dataSource.query('SELECT id FROM webhook_endpoints ORDER BY id');
    for (const [input, code, field] of cases) {
      const answer = await app.gql(CREATE, { input }, admin);
      expect(answer.data?.createWebhookEndpoint.webhookEndpoint).toBeNull();
      expect(answer.data?.createWebhookEndpoint.userErrors[0]).toMatchObject({ code, field });
    }
    expect(await app.dataSource.query('SELECT id FROM webhook_endpoints ORDER BY id')).toEqual(before);
    const reporter = await app.loginAs('baocao@camau.demo');
    const refused = await app.gql(
      CREATE,
      { input: { url: 'http://127.0.0.1:9/', eventTypes: ['unit.changed'] } },
      reporter,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes an event only when its change commits, and delivers events written while no worker ran', async () => {
    const receiver = await startWebhookReceiver();
    try {
      await app.dataSource.query('DELETE FROM outbox_events');
      await register(receiver.url, ['unit.changed', 'report.submitted']);
      const refused = await app.gql(
        `mutation { createUnit(input: { code: "970", name: "Trùng mã", levelKey: "commune" }) { userErrors { code } } }`,
        {},
        admin,
      );
      expect(refused.data?.createUnit.userErrors[0].code).toBe('DUPLICATE_CODE');
      expect(await app.dataSource.query('SELECT type FROM outbox_events')).toEqual([]);
      const created = await app.gql(
        `mutation { createUnit(input: { code: "X-1", name: "Xã thử", levelKey: "commune" }) { unit { id } } }`,
        {},
        admin,
      );
      const unitId = created.data?.createUnit.unit.id;
      const [pending] = await app.dataSource.query('SELECT type, data, dispatched_at FROM outbox_events');
      expect(pending).toMatchObject({ type: 'unit.changed', dispatched_at: null, data: { unitId, change: 'CREATED' } });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(receiver.received).toEqual([]); // no worker: written, not sent

      // A worker starts later (the server restarted, or `npm run worker`): the event is not lost.
      const worker = await startWorker();
      try {
        await receiver.waitFor((requests) => requests.length === 1);
        expect(JSON.parse(receiver.received[0].body)).toMatchObject({ type: 'unit.changed', data: { unitId } });
      } finally {
        await worker.stop();
      }
    } finally {
      await receiver.close();
      await app.dataSource.query('DELETE FROM webhook_endpoints');
    }
  });

  it('two workers on one database deliver each of many events once; events per second printed', async () => {
    const receiver = await startWebhookReceiver();
    const [first, second] = [await startWorker(), await startWorker()];
    try {
      await register(receiver.url);
      const started = Date.now();
      const periods = [2, 3, 4, 5, 6];
      for (const period of periods) {
        await Promise.all(unitIds.map((unitId, i) => submit(unitId, 10 + i, period)));
      }
      const expected = periods.length * unitIds.length;
      await receiver.waitFor((requests) => requests.length >= expected, 60_000);
      const seconds = (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ids = receiver.received.map((request) => request.headers['webhook-id']);
      expect(ids).toHaveLength(expected);
      expect(new Set(ids).size).toBe(expected);
      process.stdout.write(
        `webhooks: ${expected} events submitted and delivered by two workers in ${seconds.toFixed(1)} s ` +
          `(${(expected / seconds).toFixed(0)} events/s, submissions included)\n`,
      );
    } finally {
      await first.stop();
      await second.stop();
      await receiver.close();
      await app.dataSource.query('DELETE FROM webhook_endpoints');
    }
  });

  it('disables an endpoint that keeps failing and tells the admins', async () => {
    const receiver = await startWebhookReceiver(() => 503);
    const worker = await startWorker({ disableAfter: { failures: 3, hours: 0 } });
    const createUnit = (code: string) =>
      app.gql(
        `mutation($code: String!) { createUnit(input: { code: $code, name: "Xã", levelKey: "commune" }) { userErrors { code } } }`,
        { code },
        admin,
      );
    try {
      const { id: endpointId } = await register(receiver.url, ['unit.changed']);
      for (const code of ['Y-1', 'Y-2', 'Y-3', 'Y-4']) await createUnit(code);
      await receiver.waitFor((requests) => requests.length >= 3);
      await waitUntil(async () => {
        const endpoint = (await app.gql(DELIVERIES, { id: endpointId }, admin)).data?.webhookEndpoint;
        return !endpoint.enabled && endpoint.disabledReason === 'FAILING';
      });
      // (Deliveries already being sent when it was disabled may still end; then nothing more is sent.)
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const sentBeforeDisabled = receiver.received.length;
      await createUnit('Y-5');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(receiver.received.length).toBe(sentBeforeDisabled);
      const notes = await app.gql(
        `{ unreadNotificationCount notifications(first: 5) { edges { node { kind title link } } } }`,
        {},
        admin,
      );
      expect(notes.data?.unreadNotificationCount).toBe(1);
      expect(notes.data?.notifications.edges[0].node).toMatchObject({
        kind: 'WEBHOOK_DISABLED',
        link: `/webhooks/${endpointId}`,
      });

      // Enabled again with the receiver mended: what was pending when it was disabled is sent, then new events.
      const [{ pending }] = await app.dataSource.query(
        `SELECT count(*)::int AS pending FROM webhook_deliveries WHERE status = 'PENDING'`,
      );
      const mended = await startWebhookReceiver();
      const enabled = await app.gql(
        `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { userErrors { code } } }`,
        { input: { id: endpointId, url: mended.url, enabled: true } },
        admin,
      );
      expect(enabled.data?.updateWebhookEndpoint.userErrors).toEqual([]);
      await createUnit('Y-6');
      await mended.waitFor((requests) => requests.length === pending + 1);
      await mended.close();
    } finally {
      await worker.stop();
      await receiver.close();
    }
  });
});
