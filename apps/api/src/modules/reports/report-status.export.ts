import type { Request, Response } from 'express';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Refusal } from '../../foundation/errors/refusal';
import { sendCsv, type CsvCell } from '../../foundation/spreadsheets/csv-writer';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { loadReportStatusBoard } from './report-status.service';
import { msg } from '../../foundation/i18n/message';

const STATUS_VI: Record<string, string> = {
  ON_TIME: 'Đúng hạn',
  LATE: 'Trễ hạn',
  MISSING: 'Chưa nộp',
  NOT_DUE: 'Chưa đến hạn',
};

/**
 * GET /exports/report-status.csv?campaignId=…&period=…[&status=MISSING][&levelKey=district], for the callers of the
 * `reportStatusBoard` query: the status board as CSV with Vietnamese headers.
 */
export function reportStatusCsv(dataSource: DataSource): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const period = Number(req.query.period);
    const board = await loadReportStatusBoard(dataSource, String(req.query.campaignId ?? ''), period, new Date());
    if (!board)
      throw new Refusal('NOT_FOUND', msg('No such campaign or period.', 'Không có chiến dịch hoặc kỳ báo cáo này.'));
    const status = typeof req.query.status === 'string' ? req.query.status : null;
    const levelKey = typeof req.query.levelKey === 'string' ? req.query.levelKey : null;
    const zone = board.context.campaign.timeZone;
    const lines: CsvCell[][] = [['STT', 'Mã đơn vị', 'Đơn vị', 'Cấp', 'Trạng thái', 'Thời điểm nộp', 'Số lần nộp']];
    board.rows
      .filter((row) => (!status || row.status === status) && (!levelKey || row.level.key === levelKey))
      .forEach((row, i) => {
        const submitted = row.submittedAt
          ? DateTime.fromJSDate(row.submittedAt, { zone }).toFormat('dd/MM/yyyy HH:mm')
          : '';
        lines.push([
          String(i + 1),
          row.unit.code,
          row.unit.name,
          row.level.name,
          STATUS_VI[row.status],
          submitted,
          row.revision ? String(row.revision) : '',
        ]);
      });
    sendCsv(res, `tinh-hinh-bao-cao-ky-${period}.csv`, lines);
  };
}
