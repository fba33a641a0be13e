import { screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, gql, tokenFor } from './support/session';
import { expectCount } from './support/count';

const SLUG = 'chien-dich-69-ngay-dem-2023';
const LEVELS = ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'];
/** Where the web app keeps the session token (foundation/session/session-token.ts). */
const SESSION_TOKEN_KEY = 'thidua.token';

describe('the public scoreboard: anyone, without signing in, on a wide screen and a phone', () => {
  // A fresh browser profile: the visitor has no session.
  const suite = browserSuite({ seed: 'demo', pageTimeout: 20_000 });
  const url = (path: string) => `${suite.server.url}${path}`;
  let campaignId = '';

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{
      campaigns: { edges: Array<{ node: { id: string; publication: { slug: string; published: boolean } | null } }> };
    }>(suite.server, token, '{ campaigns(first: 20) { edges { node { id publication { slug published } } } } }');
    const published = campaigns.edges.map((edge) => edge.node).find((node) => node.publication?.slug === SLUG);
    if (!published?.publication?.published) throw new Error(`the demo does not publish /cong-khai/${SLUG}`);
    campaignId = published.id;
  }, 60_000);

  const levelTable = (name: string) =>
    suite.page.getByRole('table', { name: new RegExp(`^Xếp hạng ${name} tính đến kỳ \\d+$`) });

  it('shows the three published levels at 1440 px, with no sign-in asked and nothing serious for axe', async () => {
    const page = suite.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    const response = await page.goto(url(`/cong-khai/${SLUG}`));
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: /69 ngày đêm/ }).waitFor();
    for (const level of LEVELS) await levelTable(level).waitFor();
    await expectCount(levelTable('Cấp huyện').getByRole('row'), 10);
    expect(page.url()).toBe(url(`/cong-khai/${SLUG}`));
    await expectCount(page.getByRole('heading', { name: 'Đăng nhập' }), 0);
    await screenshot(page, 'public-scoreboard-1440');
    await expectNoSeriousViolations(page);
  });

  it('fits a 390 px phone (tables scroll in their own box), keeps the chosen period in the address', async () => {
    const page = suite.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`/cong-khai/${SLUG}`));
    for (const level of LEVELS) await levelTable(level).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'public-scoreboard-390');
    await expectNoSeriousViolations(page);

    await page.getByLabel('Kỳ', { exact: true }).selectOption('1');
    await page.getByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 1', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('ky')).toBe('1');
  });

  it("opens a unit's page from its name: its rank of the cohort per period and a way back", async () => {
    const page = suite.page;
    // The period chosen before (1): its table by its exact name — "… kỳ 1" is also the start of "… kỳ 11", whose
    // table, still showing, matched it and gave one unit's name while the click, a moment later, took another's.
    const table = page.getByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 1', exact: true });
    await table.waitFor();
    const link = table.getByRole('link').first();
    const name = ((await link.textContent()) ?? '').trim();
    const path = new URL((await link.getAttribute('href')) ?? '', page.url()).pathname;
    await link.click();
    await page.waitForURL((address) => address.pathname === path);
    // If another unit's page opens, the failure says which.
    await page
      .getByRole('heading', { level: 1, name })
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(
          `${error.message}\nThe page at ${page.url()} showed:\n${await page.locator('body').innerText()}`,
        );
      });
    await page.getByRole('table', { name: `Kết quả của ${name} qua các kỳ đã công khai` }).waitFor();
    expect(page.url()).toContain(`/cong-khai/${SLUG}/don-vi/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'public-unit-390');
    await expectNoSeriousViolations(page);
  });

  it('embedded (?embed=1): the tables and the period picker without the header', async () => {
    const page = suite.page;
    await page.goto(url(`/cong-khai/${SLUG}?embed=1`));
    await levelTable('Cấp xã').waitFor();
    await expectCount(page.getByRole('banner'), 0);
    await page.getByLabel('Kỳ', { exact: true }).waitFor();
    await screenshot(page, 'public-embed-390');
  });

  it('answers an unknown address with 404 and says so', async () => {
    const page = suite.page;
    const response = await page.goto(url('/cong-khai/khong-co-chien-dich-nay'));
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang công khai này' }).waitFor();
  });

  it('is gone at once when an admin stops publishing it from the campaign settings', async () => {
    const page = suite.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [SESSION_TOKEN_KEY, token] as const);
    await page.goto(url(`/campaigns/${campaignId}/settings`));
    const panel = page.getByRole('region', { name: 'Công khai kết quả' });
    await panel.getByRole('img', { name: /^Mã QR của đường dẫn http/ }).waitFor();
    expect(await panel.getByLabel('Đường dẫn công khai').inputValue()).toBe(url(`/cong-khai/${SLUG}`));
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'public-panel-1440');

    await panel.getByRole('button', { name: 'Ngừng công khai' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ngừng công khai' }).click();
    await panel.getByText('Đã ngừng công khai.').first().waitFor();

    // The visitor again, signed out.
    await page.evaluate((key) => window.localStorage.removeItem(key), SESSION_TOKEN_KEY);
    const response = await page.goto(url(`/cong-khai/${SLUG}`));
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang công khai này' }).waitFor();
  });
});
