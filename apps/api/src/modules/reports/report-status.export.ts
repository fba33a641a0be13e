import type { Request, Response } from 'express';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import type { AuthService } from '../auth/auth.service';
import { csvLine, defuseFormula, requireViewer } from '../auth/http-auth';
import { loadReportStatusBoard } from './report-status.service';

const STATUS_VI: Record<string, string> = {
  ON_TIME: 'Đúng hạn',
  LATE: 'Trễ hạn',
  MISSING: 'Chưa nộp',
  NOT_DUE: 'Chưa đến hạn',
};

/**
 * GET /exports/report-status.csv?campaignId=…&period=…[&status=MISSING][&levelKey=district] with `Authorization: Bearer`:
 * the status board as CSV with Vietnamese headers (UTF-8 with BOM, so that Excel reads the diacritics).
 */
export function reportStatusCsvHandler(dataSource: DataSource, auth: AuthService) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!(await requireViewer(req, res, auth))) return;
    const period = Number(req.query.period);
    const board = await loadReportStatusBoard(dataSource, String(req.query.campaignId ?? ''), period, new Date());
    if (!board) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'No such campaign or period.' });
      return;
    }
    const status = typeof req.query.status === 'string' ? req.query.status : null;
    const levelKey = typeof req.query.levelKey === 'string' ? req.query.levelKey : null;
    const zone = board.context.campaign.timeZone;
    const lines = [['STT', 'Mã đơn vị', 'Đơn vị', 'Cấp', 'Trạng thái', 'Thời điểm nộp', 'Số lần nộp']];
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
    const csv = '\uFEFF' + lines.map((line) => csvLine(line.map(defuseFormula))).join('\r\n') + '\r\n';
    res.status(200).type('text/csv; charset=utf-8').attachment(`tinh-hinh-bao-cao-ky-${period}.csv`).send(csv);
  };
}
