import type { Request, Response } from 'express';
import { decisionDocument, decisionDocumentInputOf } from '@thidua/domain';
import { IsNull, type DataSource } from 'typeorm';
import { Refusal } from '../../foundation/errors/refusal';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { loadCampaignContext } from '../campaigns';
import { UnitEntity } from '../units';
import { decisionDocx } from './decision-document.docx';
import { loadDecisionList } from './decision-list.export';
import { msg } from '../../foundation/i18n/message';

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
    if (!list) throw new Refusal('NOT_FOUND', msg('There is no such review.', 'Không có đợt xét này.'));
    const { review, rows } = list;
    const [context, root] = await Promise.all([
      loadCampaignContext(dataSource.manager, review.campaignId),
      dataSource
        .getRepository(UnitEntity)
        .findOne({ where: { parentId: IsNull(), archivedAt: IsNull() }, order: { code: 'ASC' } }),
    ]);
    const period = context?.periods[review.asOfPeriod - 1];
    const facts = { ...review, createdAt: review.createdAt.toISOString(), periodEndDate: period?.endDate ?? null };
    const document = decisionDocument(
      decisionDocumentInputOf(
        facts,
        rows.map(({ proposal, unit }) => ({ ...proposal, unitName: unit.name })),
        { issuerName: root?.name ?? null, campaignName: context?.campaign.name ?? review.name },
      ),
    );
    const file = await decisionDocx(document);
    const name = review.status === 'FINALIZED' ? 'quyet-dinh.docx' : 'du-thao-quyet-dinh.docx';
    res.set('Content-Type', DOCX);
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.send(file);
  };
}
