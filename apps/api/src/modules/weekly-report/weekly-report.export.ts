import type { Request, Response } from 'express';
import { TIE_BREAK_LABELS } from '@thidua/domain';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { addSheet, sendWorkbook, writeCell, writeRow, type SheetCell } from '../../foundation/spreadsheets/xlsx-sheet';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import type { ReportStatusRowData } from '../reports';
import { WeeklyReportService, type WeeklyReportData, type WeeklyReportLevelData } from './weekly-report.service';

/** Rates, targets and scores keep every digit; the format shows two decimals (63,66 in a Vietnamese spreadsheet). */
const PERCENT = '#,##0.00';
const COUNT = '#,##0';
const MOVEMENT = '+0;-0;0';
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const STATUS = { LATE: 'Trễ hạn', MISSING: 'Chưa nộp' } as const;
const A4 = 9;

/** A row spanning columns from..to, styled. */
function banner(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  from: number,
  to: number,
  value: string,
  font: Partial<ExcelJS.Font>,
  align: 'center' | 'left' = 'center',
) {
  const cell = sheet.getRow(rowNumber).getCell(from);
  writeCell(cell, value);
  cell.font = font;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (to > from) sheet.mergeCells(rowNumber, from, rowNumber, to);
}

/**
 * The administrative heading: issuer left, nation and motto right, the date line, the title; returns the next free row.
 */
function heading(sheet: ExcelJS.Worksheet, report: WeeklyReportData, width: number): number {
  const split = Math.max(3, Math.floor(width * 0.4));
  const [first, second] = report.heading.issuer;
  if (first) banner(sheet, 1, 1, split, first, { bold: !second });
  if (second) banner(sheet, 2, 1, split, second, { bold: true });
  banner(sheet, 1, split + 1, width, NATION, { bold: true });
  banner(sheet, 2, split + 1, width, MOTTO, { bold: true });
  banner(sheet, 4, split + 1, width, report.heading.dateLine, { italic: true });
  banner(sheet, 6, 1, width, report.heading.title, { bold: true, size: 14 });
  banner(sheet, 7, 1, width, report.heading.subtitle, { bold: true });
  sheet.getRow(7).height = 36;
  banner(sheet, 8, 1, width, `Chỉ tiêu: ${report.targetSet.name}`, { italic: true });
  return 10;
}

function header(sheet: ExcelJS.Worksheet, rowNumber: number, cells: string[]) {
  const row = writeRow(sheet, cells, rowNumber);
  cells.forEach((_, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function body(sheet: ExcelJS.Worksheet, rowNumber: number, cells: SheetCell[], formats: (string | null)[] = []) {
  const row = writeRow(sheet, cells, rowNumber);
  cells.forEach((_, i) => {
    const cell = row.getCell(i + 1);
    cell.border = thin;
    if (formats[i]) cell.numFmt = formats[i] as string;
  });
}

function section(sheet: ExcelJS.Worksheet, rowNumber: number, value: string, width: number) {
  banner(sheet, rowNumber, 1, width, value, { bold: true }, 'left');
}

function a4(sheet: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', repeatRows: string) {
  sheet.pageSetup = {
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: repeatRows,
  };
}

function summarySheet(workbook: ExcelJS.Workbook, report: WeeklyReportData) {
  const sheet = addSheet(workbook, 'Tổng hợp');
  const widths = [6, 22, 34, 14, 14, 11, 11, 11, 12];
  sheet.columns = widths.map((width) => ({ width }));
  let row = heading(sheet, report, widths.length);
  section(sheet, row++, 'I. KẾT QUẢ THEO CẤP', widths.length);
  header(sheet, row++, [
    'STT',
    'Cấp',
    'Chỉ số',
    'Tổng số hồ sơ',
    'Số đạt',
    'Tỷ lệ (%)',
    'Chỉ tiêu (%)',
    'Đạt',
    'Còn thiếu',
  ]);
  let index = 1;
  for (const entry of report.summary) {
    for (const figure of entry.indicators) {
      const met = figure.met === null ? null : figure.met ? 'Đạt' : 'Không đạt';
      body(
        sheet,
        row++,
        [
          index++,
          entry.level?.name ?? 'Tất cả đơn vị',
          figure.indicator.name,
          figure.denominator,
          figure.numerator,
          figure.rate,
          figure.target,
          met,
          figure.shortfall,
        ],
        [null, null, null, COUNT, COUNT, PERCENT, PERCENT, null, COUNT],
      );
    }
  }
  row++;
  section(sheet, row++, 'II. ĐƠN VỊ DẪN ĐẦU VÀ CUỐI BẢNG', widths.length);
  for (const level of report.levels) {
    for (const [label, rows] of [
      ['dẫn đầu', level.top],
      ['cuối bảng', level.bottom],
    ] as const) {
      section(sheet, row++, `${level.level.name} — ${label}${rows.length ? '' : ': không có'}`, widths.length);
      if (!rows.length) continue;
      header(sheet, row++, ['Hạng', 'Đơn vị', 'Xếp loại', 'Điểm', 'Tăng/giảm hạng']);
      for (const ranked of rows)
        body(
          sheet,
          row++,
          [ranked.rank, ranked.unit.name, ranked.class?.name ?? null, ranked.score, ranked.movement],
          [null, null, null, PERCENT, MOVEMENT],
        );
    }
  }
  row++;
  section(
    sheet,
    row++,
    `III. ĐƠN VỊ NỘP CHẬM, CHƯA NỘP: ${report.lateUnits.length} trễ hạn, ${report.missingUnits.length} chưa nộp (trang "Chậm, chưa nộp")`,
    widths.length,
  );
  section(sheet, row++, `IV. ĐƠN VỊ CÓ TỶ LỆ 0%: ${report.zeroRateUnits.length} (trang "Tỷ lệ 0%")`, widths.length);
  a4(sheet, 'portrait', '');
}

function levelSheet(workbook: ExcelJS.Workbook, report: WeeklyReportData, level: WeeklyReportLevelData) {
  const sheet = addSheet(workbook, level.level.name);
  const indicators = level.rows[0]?.indicators.map((figure) => figure.indicator.name) ?? [];
  const fixed = ['STT', 'Mã đơn vị', 'Đơn vị', 'Hạng', 'Tăng/giảm hạng', 'Điểm', 'Xếp loại'];
  // The tally, then the score's parts (docs/domain.md §4a), after the columns they do not move.
  const tally = ['Đúng hạn', 'Trễ hạn', 'Chưa nộp', 'Điểm cơ bản', 'Điểm thưởng', 'Điểm trừ', 'Xếp trên nhờ'];
  const width = fixed.length + indicators.length * 4 + tally.length;
  sheet.columns = Array.from({ length: width }, (_, i) => ({ width: i === 2 ? 34 : i === 0 ? 6 : 12 }));
  banner(sheet, 1, 1, width, `${level.level.name.toLocaleUpperCase('vi')} — ${report.heading.subtitle}`, {
    bold: true,
  });
  // Two header rows: an indicator's name over its four columns.
  const top = 3;
  header(sheet, top, [...fixed, ...indicators.flatMap((name) => [name, '', '', '']), ...tally]);
  header(sheet, top + 1, [
    ...fixed.map(() => ''),
    ...indicators.flatMap(() => ['Tổng số hồ sơ', 'Số đạt', 'Tỷ lệ (%)', 'Chỉ tiêu (%)']),
    ...tally.map(() => ''),
  ]);
  fixed.forEach((_, i) => sheet.mergeCells(top, i + 1, top + 1, i + 1));
  indicators.forEach((_, i) => sheet.mergeCells(top, fixed.length + i * 4 + 1, top, fixed.length + i * 4 + 4));
  tally.forEach((_, i) =>
    sheet.mergeCells(
      top,
      fixed.length + indicators.length * 4 + i + 1,
      top + 1,
      fixed.length + indicators.length * 4 + i + 1,
    ),
  );
  const formats = [
    null,
    null,
    null,
    null,
    MOVEMENT,
    PERCENT,
    null,
    ...indicators.flatMap(() => [COUNT, COUNT, PERCENT, PERCENT]),
    COUNT,
    COUNT,
    COUNT,
    PERCENT,
    PERCENT,
    PERCENT,
    null,
  ];
  level.rows.forEach((ranked, i) => {
    body(
      sheet,
      top + 2 + i,
      [
        i + 1,
        ranked.unit.code,
        ranked.unit.name,
        ranked.rank,
        ranked.movement,
        ranked.score,
        ranked.class?.name ?? null,
        ...ranked.indicators.flatMap((figure) => [figure.denominator, figure.numerator, figure.rate, figure.target]),
        ranked.reports.onTime,
        ranked.reports.late,
        ranked.reports.missing,
        ranked.baseScore,
        ranked.bonusPoints,
        ranked.penaltyPoints,
        ranked.tieBreak ? TIE_BREAK_LABELS[ranked.tieBreak].vi : null,
      ],
      formats,
    );
  });
  sheet.views = [{ state: 'frozen', ySplit: top + 1, xSplit: 3 }];
  a4(sheet, 'landscape', `${top}:${top + 1}`);
}

function statusSheet(workbook: ExcelJS.Workbook, report: WeeklyReportData) {
  const sheet = addSheet(workbook, 'Chậm, chưa nộp');
  sheet.columns = [6, 12, 36, 14, 12, 20].map((width) => ({ width }));
  banner(sheet, 1, 1, 6, `ĐƠN VỊ NỘP BÁO CÁO CHẬM, CHƯA NỘP — kỳ ${report.period.index}`, { bold: true });
  header(sheet, 3, ['STT', 'Mã đơn vị', 'Đơn vị', 'Cấp', 'Tình trạng', 'Nộp lúc']);
  const when = instantFormat(report.campaign.timeZone);
  const rows: ReportStatusRowData[] = [...report.lateUnits, ...report.missingUnits];
  rows.forEach((entry, i) =>
    body(sheet, 4 + i, [
      i + 1,
      entry.unit.code,
      entry.unit.name,
      entry.level.name,
      STATUS[entry.status as keyof typeof STATUS],
      entry.submittedAt ? when(entry.submittedAt) : null,
    ]),
  );
  if (!rows.length) banner(sheet, 4, 1, 6, 'Không có đơn vị nộp chậm hoặc chưa nộp.', { italic: true });
  a4(sheet, 'portrait', '3:3');
}

/** "11/03/2023 09:00": an instant as dd/MM/yyyy HH:mm in the campaign's zone. */
function instantFormat(timeZone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (instant) => {
    const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
    return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
  };
}

function zeroRateSheet(workbook: ExcelJS.Workbook, report: WeeklyReportData) {
  const sheet = addSheet(workbook, 'Tỷ lệ 0%');
  sheet.columns = [6, 12, 36, 14, 34, 14].map((width) => ({ width }));
  banner(sheet, 1, 1, 6, `ĐƠN VỊ CÓ TỶ LỆ 0% — lũy kế đến kỳ ${report.period.index}`, { bold: true });
  header(sheet, 3, ['STT', 'Mã đơn vị', 'Đơn vị', 'Cấp', 'Chỉ số', 'Tổng số hồ sơ']);
  report.zeroRateUnits.forEach((entry, i) =>
    body(
      sheet,
      4 + i,
      [i + 1, entry.unit.code, entry.unit.name, entry.level.name, entry.indicator.name, entry.denominator],
      [null, null, null, null, null, COUNT],
    ),
  );
  if (!report.zeroRateUnits.length) banner(sheet, 4, 1, 6, 'Không có đơn vị nào ở mức 0%.', { italic: true });
  a4(sheet, 'portrait', '3:3');
}

/** The weekly report as a workbook: "Tổng hợp", one sheet per level, "Chậm, chưa nộp", "Tỷ lệ 0%". */
export function weeklyReportWorkbook(report: WeeklyReportData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  summarySheet(workbook, report);
  for (const level of report.levels) levelSheet(workbook, report, level);
  statusSheet(workbook, report);
  zeroRateSheet(workbook, report);
  return workbook;
}

/**
 * GET /exports/weekly-report.xlsx?campaignId=…[&period=…][&targetSetKey=…], for the callers of the `weeklyReport`
 * query (400 for bad input).
 */
export function weeklyReportXlsx(dataSource: DataSource): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const period = req.query.period ? Number(req.query.period) : null;
    const report = await new WeeklyReportService(dataSource).weeklyReport(
      {
        campaignId: String(req.query.campaignId ?? ''),
        period,
        targetSetKey: typeof req.query.targetSetKey === 'string' ? req.query.targetSetKey : null,
      },
      new Date(),
    );
    await sendWorkbook(res, `bao-cao-tuan-ky-${report.period.index}.xlsx`, weeklyReportWorkbook(report));
  };
}
