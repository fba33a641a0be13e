import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, gql, tokenFor } from './support/session';

const PHONE = { width: 390, height: 844 };
const ADMIN = 'admin@camau.demo';
const BOARD = 'hoidong@camau.demo';
const REPORTER = 'baocao@camau.demo';
/** Where the web app keeps the session token (foundation/session/session-token.ts). */
const SESSION_TOKEN_KEY = 'thidua.token';

/** The demo's campaign, a commune and its open review, found through the API; a webhook endpoint made for it. */
interface DemoIds {
  campaign: string;
  unit: string;
  review: string;
  webhook: string;
}

interface Screen {
  name: string;
  /** The demo account that uses the screen; null: signed out. */
  as: string | null;
  path: (ids: DemoIds) => string;
}

const campaignPath =
  (section = '') =>
  ({ campaign }: DemoIds) =>
    `/campaigns/${campaign}${section}`;
const admin = (name: string, path: Screen['path']): Screen => ({ name, path, as: ADMIN });

/** Every screen, as the role that uses it. */
const SCREENS: Screen[] = [
  { name: 'login', path: () => '/login', as: null },
  admin('home', () => '/'),
  admin('units', () => '/units'),
  admin('campaigns', () => '/campaigns'),
  admin('campaign overview', campaignPath()),
  admin('dashboard', campaignPath('/dashboard')),
  admin('rankings', campaignPath('/rankings')),
  admin('rankings of the communes', campaignPath('/rankings?level=commune')),
  admin('rankings from the main menu', () => '/rankings'),
  admin('unit page', ({ campaign, unit }) => `/campaigns/${campaign}/units/${unit}`),
  admin('report form (admin)', () => '/report'),
  admin('status board', campaignPath('/reports')),
  admin('targets', campaignPath('/targets')),
  admin('periods', campaignPath('/periods')),
  admin('rules', campaignPath('/rules')),
  admin('target history', campaignPath('/history')),
  admin('reminders and weekly report mailing', campaignPath('/reminders')),
  admin('record feeds', campaignPath('/records')),
  admin('weekly report', campaignPath('/weekly-report')),
  admin('reviews', campaignPath('/reviews')),
  admin('review (admin)', ({ campaign, review }) => `/campaigns/${campaign}/reviews/${review}`),
  admin('decision list', ({ campaign, review }) => `/campaigns/${campaign}/reviews/${review}/decision-list`),
  admin('indicators', () => '/indicators'),
  admin('users', () => '/users'),
  admin('api tokens', () => '/api-tokens'),
  admin('audit', () => '/audit'),
  admin('dossiers', () => '/dossiers'),
  admin('webhooks', () => '/webhooks'),
  admin('webhook', ({ webhook }) => `/webhooks/${webhook}`),
  admin('new campaign', () => '/campaigns/new'),
  { name: 'report form (reporter)', path: () => '/report', as: REPORTER },
  { name: 'review (board)', path: ({ campaign, review }) => `/campaigns/${campaign}/reviews/${review}`, as: BOARD },
];

/** Waits until the page shows its content: a heading in the main landmark, the network quiet, no "loading" left. */
async function waitForContent(page: Page): Promise<void> {
  await page.locator('main :is(h1, h2)').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('main [role="status"]', { hasText: /^Đang tải/ }).waitFor({ state: 'detached' });
}

/** How many pixels the page is wider than the window: 0 when nothing makes it scroll sideways. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('every screen fits a 390 px phone: no sideways scrolling of the page', () => {
  const suite = browserSuite({ seed: 'demo', pageTimeout: 20_000 });
  const tokens = new Map<string, string>();
  const ids: DemoIds = { campaign: '', unit: '', review: '', webhook: '' };
  let signedInAs: string | null | undefined;

  beforeAll(async () => {
    for (const email of [ADMIN, BOARD, REPORTER]) tokens.set(email, await tokenFor(suite.server, email));
    const token = tokens.get(ADMIN) ?? null;
    const { campaigns } = await gql<{ campaigns: { edges: Array<{ node: { id: string; status: string } }> } }>(
      suite.server,
      token,
      '{ campaigns(first: 20) { edges { node { id status } } } }',
    );
    const campaign = campaigns.edges.map((edge) => edge.node).find((node) => node.status === 'ACTIVE');
    if (!campaign) throw new Error('the demo has no active campaign');
    const { units } = await gql<{ units: { edges: Array<{ node: { id: string } }> } }>(
      suite.server,
      token,
      '{ units(first: 1, levelKey: "commune") { edges { node { id } } } }',
    );
    const { reviews } = await gql<{ reviews: Array<{ id: string; status: string }> }>(
      suite.server,
      token,
      'query ($id: ID!) { reviews(campaignId: $id) { id status } }',
      { id: campaign.id },
    );
    const review = reviews.find((entry) => entry.status !== 'FINALIZED') ?? reviews[0];
    if (!units.edges[0] || !review) throw new Error('the demo has no commune or no review');
    const { createWebhookEndpoint } = await gql<{ createWebhookEndpoint: { webhookEndpoint: { id: string } } }>(
      suite.server,
      token,
      `mutation ($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) { webhookEndpoint { id } }
      }`,
      {
        input: {
          url: 'https://hooks.example.org/thidua/a-rather-long-path-for-a-phone',
          description: 'Cổng dữ liệu tỉnh Cà Mau',
          eventTypes: ['report.submitted', 'unit.changed'],
        },
      },
    );
    Object.assign(ids, {
      campaign: campaign.id,
      unit: units.edges[0].node.id,
      review: review.id,
      webhook: createWebhookEndpoint.webhookEndpoint.id,
    });
    await suite.page.setViewportSize(PHONE);
  }, 60_000);

  for (const screen of SCREENS) {
    it(`${screen.name}: the page is no wider than the phone, and axe finds nothing serious`, async () => {
      const page = suite.page;
      const path = screen.path(ids);
      // Signed in as the screen's role by its session token (the login form is a screen of its own), once per role:
      // the screens of one role follow each other.
      if (signedInAs !== screen.as) {
        await page.goto(`${suite.server.url}/login`);
        await page.evaluate(
          ([key, token]) => (token ? window.localStorage.setItem(key, token) : window.localStorage.removeItem(key)),
          [SESSION_TOKEN_KEY, screen.as ? (tokens.get(screen.as) ?? '') : ''] as const,
        );
        signedInAs = screen.as;
      }
      await page.goto(`${suite.server.url}${path}`);
      await waitForContent(page);
      const widerBy = await overflow(page);
      // Each screen as a person sees it on the phone, to be looked at (tmp/screenshots/phone-*.png).
      await screenshot(page, `phone-${widerBy > 0 ? 'too-wide-' : ''}${screen.name.replace(/\W+/g, '-')}`);
      expect({ screen: screen.name, path, widerBy }).toEqual({ screen: screen.name, path, widerBy: 0 });
      await expectNoSeriousViolations(page);
    }, 60_000);
  }
});
