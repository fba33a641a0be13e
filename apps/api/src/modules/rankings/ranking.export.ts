import { TIE_BREAK_LABELS } from '@thidua/domain';
import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { sendCsv } from '../../foundation/spreadsheets/csv-writer';
import { addSheet, sendWorkbook, writeRow } from '../../foundation/spreadsheets/xlsx-sheet';
import { RankingsService, type RankingResult } from './rankings.service';

type Cell = string | number | null;

/**
 * The ranking as a table with the usual Vietnamese headers; rates, targets and scores in percent; the score's parts
 * (docs/domain.md §4a) last, so that the columns before them keep their places.
 */
export function rankingTable(ranking: RankingResult): { headers: string[]; rows: Cell[][] } {
  const indicators = ranking.rows[0]?.indicators.map((figure) => figure.indicator.name) ?? [];
  const headers = [
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
    row.tieBreak ? TIE_BREAK_LABELS[row.tieBreak].vi : null,
    row.latestReportMissing ? 'Có' : null,
  ]);
  return { headers, rows };
}

/**
 * GET /exports/ranking.csv and /exports/ranking.xlsx?campaignId=…&levelKey=…[&asOfPeriod=…][&targetSetKey=…], for the
 * callers of the `ranking` query. CSV numbers are written the Vietnamese way (63,66); XLSX cells stay numbers.
 */
export function rankingExport(dataSource: DataSource, format: 'csv' | 'xlsx'): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
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
    const table = rankingTable(ranking);
    const name = `xep-hang-${ranking.level.key}-ky-${ranking.asOfPeriod}`;
    if (format === 'csv') {
      sendCsv(res, `${name}.csv`, [table.headers, ...table.rows]);
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
