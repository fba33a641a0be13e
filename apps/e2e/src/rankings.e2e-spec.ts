import fs from 'node:fs';
import { browserSuite } from './support/suite';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';
import { expectCount } from './support/count';

const INDICATORS = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'] as const;
/** Units left without any report: they must be listed last and blank. */
const SILENT = new Set(['973', '96-SYT']);
const HEAVY = 150_000;

/** Counts that differ by unit and period, so that ranks move between periods. */
function counts(unitIndex: number, period: number, indicatorIndex: number): [number, number] {
  const denominator = 60 + ((unitIndex * 37 + period * 11 + indicatorIndex * 7) % 90);
  const share =
    indicatorIndex === 2
      ? ((unitIndex * 7 + period * 13) % 45) + 5
      : ((unitIndex * 13 + period * 29 * ((unitIndex % 3) + 1)) % 70) + 25;
  return [Math.floor((denominator * share) / 100), denominator];
}

describe('rankings, the campaign dashboard and a unit suite.page over three imported periods', () => {
  const suite = browserSuite({ pageTimeout: 15_000 });

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{
      campaigns: {
        edges: Array<{ node: { id: string; status: string; periods: Array<{ index: number; dueAt: string }> } }>;
      };
    }>(suite.server, token, '{ campaigns(first: 10) { edges { node { id status periods { index dueAt } } } } }');
    const campaign = campaigns.edges.map((edge) => edge.node).find((node) => node.status === 'ACTIVE');
    if (!campaign) throw new Error('no active demo campaign');
    const codes: string[] = [];
    for (const levelKey of ['province', 'district', 'commune']) {
      const { units } = await gql<{ units: { edges: Array<{ node: { code: string } }> } }>(
        suite.server,
        token,
        'query ($levelKey: String) { units(first: 200, levelKey: $levelKey) { edges { node { code } } } }',
        { levelKey },
      );
      codes.push(...units.edges.map((edge) => edge.node.code).filter((code) => !SILENT.has(code)));
    }
    for (const period of [1, 2, 3]) {
      const lines = ['unitCode,indicatorCode,numerator,denominator'];
      codes.forEach((code, unitIndex) =>
        INDICATORS.forEach((indicator, indicatorIndex) =>
          lines.push([code, indicator, ...counts(unitIndex, period, indicatorIndex)].join(',')),
        ),
      );
      const due = new Date(campaign.periods[period - 1].dueAt).getTime();
      // Periods 1 and 2 an hour early, period 3 a day late.
      const submittedAt = new Date(period === 3 ? due + 86_400_000 : due - 3_600_000).toISOString();
      const { importReports } = await gql<{ importReports: { created: number; userErrors: unknown[] } }>(
        suite.server,
        token,
        'mutation ($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { message field } } }',
        { input: { campaignId: campaign.id, period, csv: lines.join('\n'), submittedAt } },
      );
      expect(importReports.userErrors).toEqual([]);
      expect(importReports.created).toBe(codes.length);
    }
    await suite.page.setViewportSize({ width: 1400, height: 900 });
  }, 180_000);

  it(
    'opens the rankings from the main navigation: provincial agencies as of the last due period, the silent one last and blank',
    async () => {
      await suite.page.goto(`${suite.server.url}/rankings`);
      await logIn(suite.page);
      await suite.page.getByRole('heading', { name: 'Xếp hạng', level: 2 }).waitFor();
      const table = suite.page.getByRole('table', { name: /^Xếp hạng Cấp tỉnh tính đến kỳ 11, Chỉ tiêu Chiến dịch/ });
      await table.waitFor();
      await suite.page.getByText(/18 \/ 19 đơn vị có số liệu/).waitFor();
      await screenshot(suite.page, '40-rankings-province');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it('sorts by score with the keyboard and says so with aria-sort', async () => {
    const score = suite.page.getByRole('columnheader', { name: /Điểm/ });
    await score.getByRole('button').focus();
    await suite.page.keyboard.press('Enter');
    expect(await score.getAttribute('aria-sort')).toBe('descending');
    await suite.page.keyboard.press('Enter');
    expect(await score.getAttribute('aria-sort')).toBe('ascending');
    // Units without data stay last whatever the direction.
    const lastRow = suite.page.getByRole('table').getByRole('row').last();
    await lastRow.getByText('Sở Y tế').waitFor();
  });

  it(
    'changes to the districts as of period 3, where ranks have moved since period 2',
    async () => {
      await suite.page.getByRole('link', { name: 'Cấp huyện' }).click();
      await suite.page.getByRole('table', { name: /^Xếp hạng Cấp huyện tính đến kỳ 11,/ }).waitFor();
      await suite.page.getByLabel('Tính đến kỳ', { exact: true }).selectOption('3');
      await suite.page.getByRole('table', { name: /^Xếp hạng Cấp huyện tính đến kỳ 3,/ }).waitFor();
      await suite.page.getByText(/8 \/ 9 đơn vị có số liệu/).waitFor();
      await suite.page
        .getByText(/^(Tăng|Giảm) \d+ hạng$/)
        .first()
        .waitFor();
      await screenshot(suite.page, '41-rankings-district-period-3');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it('switches to the 2023 plan targets', async () => {
    await suite.page.getByLabel('Bộ chỉ tiêu', { exact: true }).selectOption({ label: 'Chỉ tiêu Kế hoạch năm 2023' });
    await suite.page
      .getByRole('table', { name: /^Xếp hạng Cấp huyện tính đến kỳ 3, Chỉ tiêu Kế hoạch năm 2023/ })
      .waitFor();
    await screenshot(suite.page, '42-rankings-plan-2023');
    const [download] = await Promise.all([
      suite.page.waitForEvent('download'),
      suite.page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('xep-hang-district-ky-3-plan-2023.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Huyện Ngọc Hiển');
    const [xlsx] = await Promise.all([
      suite.page.waitForEvent('download'),
      suite.page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('xep-hang-district-ky-3-plan-2023.xlsx');
  });

  it(
    'drills from Thành phố Cà Mau down to its wards and communes',
    async () => {
      await suite.page.getByRole('button', { name: 'Các đơn vị trực thuộc Thành phố Cà Mau' }).click();
      await suite.page.getByRole('table', { name: /^Xếp hạng Cấp xã thuộc Thành phố Cà Mau tính đến kỳ 3,/ }).waitFor();
      await suite.page.getByRole('link', { name: 'Phường 9', exact: true }).waitFor();
      await screenshot(suite.page, '43-rankings-drill-down');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it(
    "opens Phường 9's page: trend, shortfall or met target and projection in words, report history",
    async () => {
      await suite.page.getByRole('link', { name: 'Phường 9', exact: true }).click();
      await suite.page.getByRole('heading', { name: /^Phường 9/, level: 2 }).waitFor();
      await suite.page
        .getByText(/^(Cần thêm [\d.]+ hồ sơ giải quyết trực tuyến để đạt chỉ tiêu|Đã đạt chỉ tiêu)/)
        .first()
        .waitFor();
      await suite.page
        .getByText(/^Theo tốc độ 3 kỳ gần nhất, dự kiến đạt [\d,]+% khi kết thúc — (đúng|chưa đúng) tiến độ\.$/)
        .first()
        .waitFor();
      const history = suite.page.getByRole('table', { name: 'Báo cáo của Phường 9' });
      await expectCount(history.getByText('Đúng hạn'), 2);
      await expectCount(history.getByText('Trễ hạn'), 1);
      await screenshot(suite.page, '44-unit-page');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it(
    'shows the dashboard: time elapsed, the reports of the last period, rates by level and the weekly trend',
    async () => {
      await suite.page.getByRole('link', { name: 'Tổng quan' }).click();
      await suite.page.getByRole('heading', { name: 'Tổng quan', level: 2 }).waitFor();
      await suite.page.getByText('Kỳ 11/11 · 70/70 ngày').waitFor();
      await suite.page.getByRole('heading', { name: /^Báo cáo kỳ 11/ }).waitFor();
      await suite.page
        .getByRole('table', { name: 'Tỷ lệ cộng dồn của từng cấp theo chỉ số, so với chỉ tiêu, tính đến kỳ 11' })
        .waitFor();
      // Per level: a small chart per indicator with its target line, who is furthest behind, what changed.
      await suite.page
        .getByRole('img', { name: /^Tỷ lệ hồ sơ TTHC giải quyết trực tuyến, Cấp huyện: kỳ 11 đạt .*; chỉ tiêu / })
        .waitFor();
      await suite.page.getByRole('heading', { name: 'Xa chỉ tiêu nhất' }).first().waitFor();
      await screenshot(suite.page, '45-dashboard');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );
});
