import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { AuthService } from '../auth/auth.service';
import { csvLine, defuseFormula, requireViewer } from '../auth/http-auth';
import { RankingsService, type RankingResult } from './rankings.service';

type Cell = string | number | null;

/** The ranking as a table with the usual Vietnamese headers; rates, targets and scores in percent. */
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
  ]);
  return { headers, rows };
}

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * GET /exports/ranking.csv and /exports/ranking.xlsx?campaignId=…&levelKey=…[&asOfPeriod=…][&targetSetKey=…]
 * with `Authorization: Bearer`. CSV numbers are written the Vietnamese way (63,66); XLSX cells stay numbers.
 */
export function rankingExportHandler(dataSource: DataSource, auth: AuthService, format: 'csv' | 'xlsx') {
  return async (req: Request, res: Response): Promise<void> => {
    if (!(await requireViewer(req, res, auth))) return;
    const asOfPeriod = req.query.asOfPeriod ? Number(req.query.asOfPeriod) : null;
    let ranking: RankingResult;
    try {
      ranking = await new RankingsService(dataSource).ranking(
        {
          campaignId: String(req.query.campaignId ?? ''),
          levelKey: String(req.query.levelKey ?? ''),
          asOfPeriod,
          targetSetKey: typeof req.query.targetSetKey === 'string' ? req.query.targetSetKey : null,
        },
        new Date(),
      );
    } catch (error) {
      if (error instanceof GraphQLError) {
        res.status(400).json({ error: 'BAD_USER_INPUT', message: error.message });
        return;
      }
      throw error;
    }
    const table = rankingTable(ranking);
    const name = `xep-hang-${ranking.level.key}-ky-${ranking.asOfPeriod}`;
    if (format === 'csv') {
      const text = (cell: Cell) =>
        cell === null ? '' : typeof cell === 'number' ? vietnameseNumber.format(cell) : defuseFormula(cell);
      const body = [csvLine(table.headers), ...table.rows.map((row) => csvLine(row.map(text)))].join('\r\n');
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`${name}.csv`)
        .send('\uFEFF' + body + '\r\n');
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(`Xếp hạng ${ranking.level.name}`.slice(0, 31));
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows)
      sheet.addRow(row.map((cell) => (typeof cell === 'string' ? defuseFormula(cell) : cell)));
    sheet.columns.forEach((column, i) => {
      column.width = i === 2 ? 36 : 14;
      if (i >= 4) column.numFmt = '#,##0.00';
    });
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
    res
      .status(200)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(`${name}.xlsx`)
      .send(Buffer.from(await workbook.xlsx.writeBuffer()));
  };
}
