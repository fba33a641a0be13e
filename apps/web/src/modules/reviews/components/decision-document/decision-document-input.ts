import type { DecisionDocumentInput } from '@thidua/domain';
import type { DecisionDocumentQuery } from '../../../../generated/graphql';

export type DecisionReview = NonNullable<DecisionDocumentQuery['review']>;

/**
 * The input of `decisionDocument` from what the API answers, read as GET /exports/decision.docx reads its rows
 * (apps/api/src/modules/reviews/decision-document.export.ts): the root unit names the issuer, a draft is a review not
 * finalized, its year is that of the review's period's end, and the approved proposals are the decision's.
 */
export function decisionDocumentInput(review: DecisionReview, issuerName: string | null): DecisionDocumentInput {
  const period = review.campaign.periods[review.asOfPeriod - 1];
  return {
    issuerName,
    campaignName: review.campaign.name,
    decisionNumber: review.decisionNumber,
    decisionDate: review.decisionDate,
    draftYear: Number((period?.endDate ?? review.createdAt).slice(0, 4)),
    draft: review.status !== 'FINALIZED',
    proposals: review.proposals
      .filter((proposal) => proposal.decision === 'APPROVED')
      .map((proposal) => ({
        unitName: proposal.unit.name,
        outcome: proposal.outcome,
        form: proposal.form,
        note: proposal.note,
      })),
  };
}
