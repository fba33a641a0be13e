import { decisionDocumentInputOf, type DecisionDocumentInput } from '@thidua/domain';
import type { DecisionDocumentQuery } from '../../../../generated/graphql';

export type DecisionReview = NonNullable<DecisionDocumentQuery['review']>;

/** The input of `decisionDocument` from what the API answers, by the rule the DOCX export follows too. */
export function decisionDocumentInput(review: DecisionReview, issuerName: string | null): DecisionDocumentInput {
  const periodEndDate = review.campaign.periods[review.asOfPeriod - 1]?.endDate ?? null;
  return decisionDocumentInputOf(
    { ...review, periodEndDate },
    review.proposals.map((proposal) => ({ ...proposal, unitName: proposal.unit.name })),
    { issuerName, campaignName: review.campaign.name },
  );
}
