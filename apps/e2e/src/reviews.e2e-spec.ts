import fs from 'node:fs';
import { docxNumberedRows, docxParagraphs, unzipParts } from '@thidua/api/test-files';
import { browserSuite } from './support/suite';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';
import { expectCount } from './support/count';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const HEAVY = 150_000;

/**
 * Period 1 for every provincial agency and district: three agencies and two districts meet every target, Đầm Dơi has 0
 * online payments.
 */
const PROVINCE = [
  '96-VPUBND',
  '96-SNV',
  '96-STP',
  '96-SKHDT',
  '96-STC',
  '96-SCT',
  '96-SNNPTNT',
  '96-SGTVT',
  '96-SXD',
  '96-STNMT',
  '96-STTTT',
  '96-SLDTBXH',
  '96-SVHTTDL',
  '96-SKHCN',
  '96-SGDDT',
  '96-SYT',
  '96-TTT',
  '96-BDT',
  '96-BQLKKT',
];
const DISTRICTS = ['964', '966', '967', '968', '969', '970', '971', '972', '973'];
const STARS = new Set(['96-VPUBND', '96-SNV', '96-STP', '964', '966']);

function periodOneCsv(): string {
  const rows = ['unitCode,indicatorCode,numerator,denominator'];
  for (const unit of [...PROVINCE, ...DISTRICTS]) {
    const star = STARS.has(unit);
    rows.push(`${unit},ONLINE_RESOLUTION,${star ? 95 : 55},100`);
    rows.push(`${unit},DIGITIZATION,${star ? 90 : 50},100`);
    rows.push(`${unit},ONLINE_PAYMENT,${unit === '970' ? 0 : star ? 60 : 25},${unit === '970' ? 50 : 100}`);
  }
  return rows.join('\n');
}

describe('the board reviews period 1: decides every proposal, finalizes, prints the decision list', () => {
  const suite = browserSuite();

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string; name: string } }[] } }>(
      suite.server,
      token,
      'query { campaigns(first: 10) { edges { node { id name } } } }',
    );
    const campaign = campaigns.edges.map((edge) => edge.node).find((node) => node.name.startsWith(CAMPAIGN));
    const imported = await gql<{ importReports: { created: number; userErrors: unknown[] } }>(
      suite.server,
      token,
      'mutation($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { code field message } } }',
      { input: { campaignId: campaign?.id, period: 1, csv: periodOneCsv(), submittedAt: '2023-03-03T08:00:00Z' } },
    );
    expect(imported.importReports.userErrors).toEqual([]);
    expect(imported.importReports.created).toBe(28);
  }, 120_000);

  it(
    'the administrator reads the rules and previews a drafted one',
    async () => {
      await suite.page.goto(`${suite.server.url}/campaigns`);
      await logIn(suite.page, 'admin@camau.demo');
      await suite.page.getByRole('main').getByRole('link', { name: CAMPAIGN }).click();
      await suite.page.getByRole('link', { name: 'Tiêu chí thi đua' }).click();
      await suite.page.getByRole('heading', { name: 'Tiêu chí thi đua', level: 2 }).waitFor();
      const rules = suite.page.getByRole('table', { name: 'Các tiêu chí thi đua' });
      await rules.getByRole('rowheader', { name: 'Bằng khen' }).waitFor();
      await expectCount(rules.getByRole('row'), 5);
      await screenshot(suite.page, '60-rules');
      await expectNoSeriousViolations(suite.page);

      await suite.page.getByRole('button', { name: 'Sửa tiêu chí Bằng khen' }).click();
      const dialog = suite.page.getByRole('dialog', { name: 'Sửa tiêu chí thi đua' });
      await dialog.getByRole('group', { name: 'Điều kiện 4' }).waitFor();
      await dialog.getByLabel('Tính đến kỳ').selectOption('1');
      await dialog.getByRole('button', { name: 'Xem trước' }).click();
      const preview = dialog.getByRole('table', { name: 'Đơn vị sẽ được đề xuất tính đến kỳ 1', exact: true });
      await preview.getByRole('rowheader', { name: 'Sở Nội vụ' }).waitFor();
      await screenshot(suite.page, '61-rule-editor-preview');
      await expectNoSeriousViolations(suite.page);
      await dialog.getByRole('button', { name: 'Hủy' }).click();
    },
    HEAVY,
  );

  it(
    'the board member creates a review for period 1 with the rules’ proposals',
    async () => {
      await suite.page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
      await suite.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      await logIn(suite.page, 'hoidong@camau.demo');
      await suite.page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
      await suite.page.getByRole('main').getByRole('link', { name: CAMPAIGN }).click();
      await suite.page.getByRole('link', { name: 'Đợt xét' }).click();
      await suite.page.getByText('Chưa có đợt xét nào.').waitFor();
      await suite.page.getByRole('button', { name: 'Tạo đợt xét' }).click();
      const dialog = suite.page.getByRole('dialog', { name: 'Tạo đợt xét' });
      await dialog.getByLabel('Tên đợt xét').fill('Xét khen thưởng, xử lý kỳ 1');
      await dialog.getByLabel('Tính đến kỳ').selectOption('1');
      await screenshot(suite.page, '62-review-create');
      await expectNoSeriousViolations(suite.page);
      await dialog.getByRole('button', { name: 'Tạo đợt xét' }).click();
      await suite.page.getByRole('heading', { name: 'Xét khen thưởng, xử lý kỳ 1', level: 2, exact: true }).waitFor();
      const commended = suite.page.getByRole('table', { name: /^Khen thưởng – Bằng khen của Chủ tịch UBND tỉnh/ });
      await commended.getByRole('rowheader', { name: 'Sở Nội vụ' }).waitFor();
      await expectCount(commended.getByRole('rowheader'), 5);
      const criticised = suite.page.getByRole('table', { name: /^Xử lý – Phê bình/ });
      await criticised.getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).waitFor();
      await criticised
        .getByText('Tỷ lệ Tỷ lệ thanh toán trực tuyến: 0,00%')
        .or(criticised.getByText('Có chỉ số bằng 0%: Có'))
        .first()
        .waitFor();
      await suite.page.getByRole('table', { name: /^Xếp hạng Cấp tỉnh/ }).waitFor();
      await screenshot(suite.page, '63-review');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it(
    'adds two reminders by hand, one of them flagged, decides a selection in bulk, undoes one, is refused finalization',
    async () => {
      const page = suite.page;
      const addReminder = async (unit: string, shot?: string) => {
        await page.getByRole('button', { name: 'Thêm đề xuất' }).click();
        const dialog = page.getByRole('dialog', { name: 'Thêm đề xuất' });
        await dialog.getByLabel('Đơn vị').selectOption({ label: unit });
        await dialog.getByLabel('Loại').selectOption({ label: 'Xử lý' });
        await dialog.getByLabel('Hình thức').fill('Nhắc nhở');
        await dialog.getByLabel('Lý do').fill('Tỷ lệ thanh toán trực tuyến thấp, chưa đạt chỉ tiêu.');
        if (shot) {
          await screenshot(page, shot);
          await expectNoSeriousViolations(page);
        }
        await dialog.getByRole('button', { name: 'Thêm đề xuất' }).click();
        await page.getByText(`Đã thêm đề xuất cho ${unit}.`).waitFor();
      };
      await addReminder('Huyện Cái Nước', '64-review-add-proposal');
      // Huyện U Minh is commended by the rules: a reminder for it too is a conflict, flagged on both rows.
      await addReminder('Huyện U Minh');
      const needsReview = page.getByRole('checkbox', { name: /^Cần xem lại \(\d+\)$/ });
      await page.getByRole('checkbox', { name: 'Cần xem lại (2)' }).check();
      await page.getByText('Vừa được đề nghị khen thưởng vừa bị đề nghị xử lý').first().waitFor();
      await expectCount(page.getByRole('button', { name: /^Đồng ý đề xuất .* cho Huyện U Minh$/ }), 2);
      await screenshot(page, '64b-review-conflict');
      await needsReview.uncheck();

      await page
        .getByLabel('Ghi chú cho Sở Tư pháp – Bằng khen của Chủ tịch UBND tỉnh')
        .fill('Chưa đủ thời gian đánh giá');
      await page
        .getByRole('button', { name: 'Không đồng ý đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Tư pháp' })
        .click();
      await page.getByText('Không đồng ý: đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Tư pháp.').waitFor();

      // Everything still pending but the two reminders, in one decision with one confirmation.
      await page.getByRole('checkbox', { name: /^Chọn tất cả đang hiện \(\d+\)$/ }).check();
      await page.getByRole('checkbox', { name: 'Chọn đề xuất Nhắc nhở cho Huyện Cái Nước' }).uncheck();
      await page.getByRole('checkbox', { name: 'Chọn đề xuất Nhắc nhở cho Huyện U Minh' }).uncheck();
      await page.getByRole('button', { name: /^Đồng ý \(\d+\)$/ }).click();
      const confirm = page.getByRole('alertdialog', { name: /^Đồng ý \d+ đề xuất\?$/ });
      await screenshot(page, '64c-review-bulk');
      await confirm.getByRole('button', { name: /^Đồng ý/ }).click();
      await page.getByText(/^Đồng ý: \d+ đề xuất\.$/).waitFor();
      await page.getByText('Còn 2 đề xuất chờ xét.').waitFor();

      // One of them back to pending, then approved again.
      await page.getByRole('radio', { name: /^Đã đồng ý \(\d+\)$/ }).check();
      await page
        .getByRole('button', {
          name: 'Hoàn tác: đưa đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Nội vụ về chờ xét',
        })
        .click();
      await page.getByText('Đã đưa đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Nội vụ về chờ xét.').waitFor();
      await page.getByText('Còn 3 đề xuất chờ xét.').click();
      await page
        .getByRole('button', { name: 'Đồng ý đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Nội vụ', exact: true })
        .click();
      await page.getByText('Còn 2 đề xuất chờ xét.').waitFor();

      await page.getByRole('button', { name: 'Hoàn tất', exact: true }).click();
      const finalize = page.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
      await finalize.getByLabel('Quyết định số').fill('456/QĐ-UBND');
      await finalize.getByLabel('Ngày quyết định', { exact: true }).fill('10/03/2023');
      await finalize.getByRole('button', { name: 'Hoàn tất' }).click();
      await finalize.getByText('Còn đề xuất chưa được xét').waitFor();
      await screenshot(page, '65-review-finalize-refused');
      await expectNoSeriousViolations(page);
      await finalize.getByRole('button', { name: 'Hủy' }).click();
    },
    HEAVY,
  );

  it(
    'resolves the conflict, approves the last one and finalizes: everything is read-only with the decision number',
    async () => {
      const page = suite.page;
      const rejectUMinh = page.getByRole('button', {
        name: 'Không đồng ý đề xuất Nhắc nhở cho Huyện U Minh',
        exact: true,
      });
      await rejectUMinh.click();
      // The decided row leaves the pending list before the next click: clicked while the list moves, it would miss.
      await page.getByText('Không đồng ý: đề xuất Nhắc nhở cho Huyện U Minh.').waitFor();
      await rejectUMinh.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Đồng ý đề xuất Nhắc nhở cho Huyện Cái Nước', exact: true }).click();
      await page.getByText('Tất cả đề xuất đã được xét.').waitFor();
      // Of all eight, none needs a second look any more: a rejected proposal takes part in no conflict.
      await page.getByRole('radio', { name: 'Tất cả (8)' }).check();
      await page.getByRole('checkbox', { name: 'Cần xem lại (0)' }).waitFor();
      await screenshot(page, '66-review-decided');
      await page.getByRole('button', { name: 'Hoàn tất', exact: true }).click();
      const finalize = page.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
      await finalize.getByLabel('Quyết định số').fill('456/QĐ-UBND');
      await finalize.getByLabel('Ngày quyết định', { exact: true }).fill('10/03/2023');
      await finalize.getByRole('button', { name: 'Hoàn tất' }).click();
      await page.getByText('Đã hoàn tất: Quyết định số 456/QĐ-UBND ngày 10/03/2023.').waitFor();
      await expectCount(page.getByRole('button', { name: /^Đồng ý đề xuất/ }), 0);
      await expectCount(page.getByRole('button', { name: /^Hoàn tác/ }), 0);
      await expectCount(page.getByRole('button', { name: 'Hoàn tất', exact: true }), 0);
      await screenshot(page, '67-review-finalized');
      await expectNoSeriousViolations(page);
    },
    HEAVY,
  );

  it(
    'opens the printable decision, downloads the XLSX annex and the DOCX, whose annex rows are the approved ones',
    async () => {
      await suite.page.getByRole('link', { name: 'Danh sách kèm quyết định' }).click();
      await suite.page.getByRole('heading', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' }).waitFor();
      await suite.page.getByText('ỦY BAN NHÂN DÂN', { exact: true }).waitFor();
      // Each annex refers to the decision, in words.
      const reference = /^\(Kèm theo Quyết định số 456\/QĐ-UBND ngày 10 tháng 3 năm 2023 của Chủ tịch /;
      await expectCount(suite.page.getByText(reference), 2);
      const commended = suite.page.getByRole('region', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' });
      await expectCount(commended.getByRole('rowheader'), 4);
      await expectCount(commended.getByRole('rowheader', { name: 'Sở Tư pháp' }), 0);
      const disciplined = suite.page.getByRole('region', { name: 'DANH SÁCH TẬP THỂ BỊ PHÊ BÌNH, NHẮC NHỞ' });
      await disciplined.getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).waitFor();
      await disciplined.getByRole('rowheader', { name: 'Huyện Cái Nước' }).waitFor();
      await expectCount(disciplined.getByRole('rowheader', { name: 'Huyện U Minh' }), 0);
      await screenshot(suite.page, '68-decision-list');
      await expectNoSeriousViolations(suite.page);
      await suite.page.emulateMedia({ media: 'print' });
      expect(await suite.page.getByRole('button', { name: 'In' }).isVisible()).toBe(false);
      expect(await suite.page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
      await screenshot(suite.page, '69-decision-list-print');
      await suite.page.emulateMedia({ media: 'screen' });

      const [download] = await Promise.all([
        suite.page.waitForEvent('download'),
        suite.page.getByRole('button', { name: 'Tải Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');

      // The decision itself, as a DOCX: its parts, and the annex rows exactly the approved proposals.
      const [docx] = await Promise.all([
        suite.page.waitForEvent('download'),
        suite.page.getByRole('button', { name: 'Tải quyết định (Word)' }).click(),
      ]);
      expect(docx.suggestedFilename()).toMatch(/^quyet-dinh-456-QĐ-UBND\.docx$/);
      const parts = await unzipParts(fs.readFileSync(await docx.path()));
      expect([...parts.keys()]).toEqual(
        expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
      );
      const xml = parts.get('word/document.xml') ?? '';
      const lines = docxParagraphs(xml);
      expect(lines).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 456/QĐ-UBND']));
      const rows = docxNumberedRows(xml, 4)
        .map(([, unit, form]) => `${unit} — ${form}`)
        .sort();
      expect(rows).toEqual(
        [
          'Huyện Cái Nước — Nhắc nhở',
          'Huyện Đầm Dơi — Phê bình',
          'Huyện U Minh — Bằng khen của Chủ tịch UBND tỉnh',
          'Sở Nội vụ — Bằng khen của Chủ tịch UBND tỉnh',
          'Thành phố Cà Mau — Bằng khen của Chủ tịch UBND tỉnh',
          'Văn phòng UBND tỉnh — Bằng khen của Chủ tịch UBND tỉnh',
        ].sort(),
      );
    },
    HEAVY,
  );

  it('lists the review as finalized, with its decision', async () => {
    await suite.page.getByRole('link', { name: /Về đợt xét/ }).click();
    await suite.page.getByRole('link', { name: /Các đợt xét/ }).click();
    const reviews = suite.page.getByRole('table', { name: 'Các đợt xét' });
    const row = reviews
      .getByRole('row')
      .filter({ has: suite.page.getByRole('rowheader', { name: 'Xét khen thưởng, xử lý kỳ 1', exact: true }) });
    await row.getByText('Hoàn tất').waitFor();
    await row.getByText('Số 456/QĐ-UBND ngày 10/03/2023').waitFor();
    await row.getByText('8/8 đã xét').waitFor();
    await screenshot(suite.page, '70-reviews');
    await expectNoSeriousViolations(suite.page);
  });
});
