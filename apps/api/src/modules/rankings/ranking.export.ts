import { TIE_BREAK_LABELS } from '@thidua/domain';
import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { badInput } from '../../foundation/errors/refusal';
import { sendCsv, type CsvLocale } from '../../foundation/spreadsheets/csv-writer';
import { addSheet, sendWorkbook, writeRow } from '../../foundation/spreadsheets/xlsx-sheet';
import { RankingsService, type RankingResult } from './rankings.service';
import { msg } from '../../foundation/i18n/message';

type Cell = string | number | null;

/**
 * The ranking as a table: with the usual Vietnamese headers, or (`en`) headers for programs — snake_case names,
 * indicators by code, tie-breaks by their code, true/false; rates, targets and scores in percent; the score's parts
 * (docs/domain.md §4a) last, so that the columns before them keep their places.
 */
export function rankingTable(ranking: RankingResult, locale: CsvLocale = 'vi'): { headers: string[]; rows: Cell[][] } {
  const rows = ranking.rows.map((row, i) => [
    i + 1,
    row.unit.code,
    row.unit.name,
    row.rank,
    row.score,
    row.class?.name ?? null,
    row.movement,
    ...row.indicators.flatMap((figure) => [
      figure.denominator,
      figure.numerator,
      figure.rate,
      figure.target,
      figure.shortfall,
    ]),
    row.reports.onTime,
    row.reports.late,
    row.reports.missing,
    row.baseScore,
    row.bonusPoints,
    row.penaltyPoints,
    ...(locale === 'en'
      ? [row.tieBreak, String(row.latestReportMissing)]
      : [row.tieBreak ? TIE_BREAK_LABELS[row.tieBreak].vi : null, row.latestReportMissing ? 'Có' : null]),
  ]);
  return { headers: locale === 'en' ? englishHeaders(ranking) : vietnameseHeaders(ranking), rows };
}

function englishHeaders(ranking: RankingResult): string[] {
  const codes = ranking.rows[0]?.indicators.map((figure) => figure.indicator.code.toLowerCase()) ?? [];
  return [
    'position',
    'unit_code',
    'unit_name',
    'rank',
    'score',
    'class',
    'movement',
    ...codes.flatMap((code) => ['total', 'qualifying', 'rate', 'target', 'shortfall'].map((part) => `${code}_${part}`)),
    'reports_on_time',
    'reports_late',
    'reports_missing',
    'base_score',
    'bonus_points',
    'penalty_points',
    'tie_break',
    'latest_report_missing',
  ];
}

function vietnameseHeaders(ranking: RankingResult): string[] {
  const indicators = ranking.rows[0]?.indicators.map((figure) => figure.indicator.name) ?? [];
  return [
    'STT',
    'Mã đơn vị',
    'Đơn vị',
    'Hạng',
    'Điểm',
    'Xếp loại',
    'Tăng/giảm hạng',
    ...indicators.flatMap((name) => [
      `${name} — Tổng số hồ sơ`,
      `${name} — Số đạt`,
      `${name} — Tỷ lệ (%)`,
      `${name} — Chỉ tiêu (%)`,
      `${name} — Còn thiếu`,
    ]),
    'Đúng hạn',
    'Trễ hạn',
    'Chưa nộp',
    'Điểm cơ bản',
    'Điểm thưởng',
    'Điểm trừ',
    'Xếp trên nhờ',
    'Chưa nộp kỳ này',
  ];
}

/**
 * GET /exports/ranking.csv and /exports/ranking.xlsx?campaignId=…&levelKey=…[&asOfPeriod=…][&targetSetKey=…]
 * [&locale=en], for the callers of the `ranking` query. CSV numbers are written the Vietnamese way (63,66), or with
 * `locale=en` for programs (63.66, headers in English); XLSX cells stay numbers.
 */
export function rankingExport(dataSource: DataSource, format: 'csv' | 'xlsx'): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = localeOf(req.query.locale);
    const asOfPeriod = req.query.asOfPeriod ? Number(req.query.asOfPeriod) : null;
    const ranking = await new RankingsService(dataSource).ranking(
      {
        campaignId: String(req.query.campaignId ?? ''),
        levelKey: String(req.query.levelKey ?? ''),
        asOfPeriod,
        targetSetKey: typeof req.query.targetSetKey === 'string' ? req.query.targetSetKey : null,
      },
      new Date(),
    );
    const table = rankingTable(ranking, locale);
    const name = `xep-hang-${ranking.level.key}-ky-${ranking.asOfPeriod}`;
    if (format === 'csv') {
      sendCsv(res, `${name}.csv`, [table.headers, ...table.rows], locale);
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = addSheet(workbook, `Xếp hạng ${ranking.level.name}`);
    // Column formats before the cells: a column's format set later would overwrite each cell's own.
    sheet.columns = table.headers.map((_, i) => ({
      width: i === 2 ? 36 : 14,
      style: i >= 4 ? { numFmt: '#,##0.00' } : {},
    }));
    writeRow(sheet, table.headers).font = { bold: true };
    for (const row of table.rows) writeRow(sheet, row);
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
    await sendWorkbook(res, `${name}.xlsx`, workbook);
  };
}

function localeOf(value: unknown): CsvLocale {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw badInput(
    msg(
      'locale must be "vi" (the default: Vietnamese headers, 63,66) or "en" (for programs: 63.66).',
      'locale phải là "vi" (mặc định: tiêu đề tiếng Việt, 63,66) hoặc "en" (cho chương trình máy tính: 63.66).',
    ),
  );
}
