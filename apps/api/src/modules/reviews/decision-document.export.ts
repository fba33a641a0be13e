import type { Request, Response } from 'express';
import { decisionDocument } from '@thidua/domain';
import { IsNull, type DataSource } from 'typeorm';
import { Refusal } from '../../foundation/errors/refusal';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { loadCampaignContext } from '../campaigns';
import { UnitEntity } from '../units';
import { decisionDocx } from './decision-document.docx';
import { loadDecisionList } from './decision-list.export';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /exports/decision.docx?reviewId=… (also `?review=…`), for the callers of the `review` query: the decision on
 * the review's approved proposals, drafted in the state's format for officials to finish and sign in a word
 * processor. A review not yet finalized gives a draft marked "DỰ THẢO" without number or day.
 */
export function decisionDocumentDocx(dataSource: DataSource): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const reviewId = String(req.query.reviewId ?? req.query.review ?? '');
    const list = await loadDecisionList(dataSource, reviewId);
    if (!list) throw new Refusal('NOT_FOUND', 'There is no such review.');
    const { review, rows } = list;
    const [context, root] = await Promise.all([
      loadCampaignContext(dataSource.manager, review.campaignId),
      dataSource
        .getRepository(UnitEntity)
        .findOne({ where: { parentId: IsNull(), archivedAt: IsNull() }, order: { code: 'ASC' } }),
    ]);
    const period = context?.periods[review.asOfPeriod - 1];
    const document = decisionDocument({
      issuerName: root?.name ?? null,
      campaignName: context?.campaign.name ?? review.name,
      decisionNumber: review.decisionNumber,
      decisionDate: review.decisionDate,
      draftYear: Number((period?.endDate ?? review.createdAt.toISOString()).slice(0, 4)),
      draft: review.status !== 'FINALIZED',
      proposals: rows.map(({ proposal, unit }) => ({
        unitName: unit.name,
        outcome: proposal.outcome,
        form: proposal.form,
        note: proposal.note,
      })),
    });
    const file = await decisionDocx(document);
    const name = review.status === 'FINALIZED' ? 'quyet-dinh.docx' : 'du-thao-quyet-dinh.docx';
    res.set('Content-Type', DOCX);
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.send(file);
  };
}
