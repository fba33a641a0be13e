import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import { In, type DataSource } from 'typeorm';
import { isId } from '../../foundation/database/errors';
import { Refusal } from '../../foundation/errors/refusal';
import { addSheet, sendWorkbook, writeRow } from '../../foundation/spreadsheets/xlsx-sheet';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { UnitEntity } from '../units';
import { ProposalEntity, ReviewEntity } from './review.entity';
import { msg } from '../../foundation/i18n/message';

const TITLES = {
  COMMENDATION: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG',
  DISCIPLINE: 'DANH SÁCH TẬP THỂ BỊ PHÊ BÌNH, NHẮC NHỞ',
} as const;

/** The approved proposals of a review, by outcome then form and unit code: the annex to the decision. */
export async function loadDecisionList(dataSource: DataSource, reviewId: string) {
  const review = isId(reviewId) ? await dataSource.getRepository(ReviewEntity).findOneBy({ id: reviewId }) : null;
  if (!review) return null;
  const proposals = await dataSource.getRepository(ProposalEntity).findBy({ reviewId, decision: 'APPROVED' });
  const units = proposals.length
    ? await dataSource.getRepository(UnitEntity).findBy({ id: In(proposals.map((proposal) => proposal.unitId)) })
    : [];
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const rows = proposals
    .map((proposal) => ({ proposal, unit: unitById.get(proposal.unitId) as UnitEntity }))
    .sort(
      (a, b) =>
        a.proposal.outcome.localeCompare(b.proposal.outcome) ||
        a.proposal.form.localeCompare(b.proposal.form, 'vi') ||
        a.unit.code.localeCompare(b.unit.code),
    );
  return { review, rows };
}

/**
 * GET /exports/decision-list.xlsx?reviewId=…, for the callers of the `review` query: one sheet per outcome, in the
 * annex format.
 */
export function decisionListXlsx(dataSource: DataSource): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const list = await loadDecisionList(dataSource, String(req.query.reviewId ?? ''));
    if (!list) throw new Refusal('NOT_FOUND', msg('There is no such review.', 'Không có đợt xét này.'));
    const { review } = list;
    const decision = review.decisionNumber
      ? `(Kèm theo Quyết định số ${review.decisionNumber} ngày ${formatDate(review.decisionDate)} của Chủ tịch UBND tỉnh)`
      : `(Dự thảo — ${review.name}, chưa có quyết định)`;
    const workbook = new ExcelJS.Workbook();
    for (const outcome of ['COMMENDATION', 'DISCIPLINE'] as const) {
      const sheet = addSheet(workbook, outcome === 'COMMENDATION' ? 'Khen thưởng' : 'Phê bình');
      sheet.columns = [{ width: 6 }, { width: 14 }, { width: 42 }, { width: 36 }, { width: 40 }];
      for (const [text, bold] of [
        [TITLES[outcome], true],
        [decision, false],
      ] as const) {
        const row = writeRow(sheet, [text]);
        sheet.mergeCells(row.number, 1, row.number, 5);
        row.font = { bold, italic: !bold };
        row.alignment = { horizontal: 'center' };
      }
      writeRow(sheet, []);
      writeRow(sheet, ['STT', 'Mã đơn vị', 'Tên tập thể', 'Hình thức', 'Ghi chú']).font = { bold: true };
      list.rows
        .filter(({ proposal }) => proposal.outcome === outcome)
        .forEach(({ proposal, unit }, i) =>
          writeRow(sheet, [i + 1, unit.code, unit.name, proposal.form, proposal.note ?? '']),
        );
    }
    await sendWorkbook(res, 'danh-sach-kem-theo-quyet-dinh.xlsx', workbook);
  };
}

function formatDate(date: string | null): string {
  if (!date) return '…';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
