import { compareReviewProposals, type ComparedProposal } from '@thidua/domain';
import type { RequestLoaders } from '../../foundation/database/request-loaders';
import { unitById, type UnitEntity } from '../units';
import type { ProposalEntity, ReviewEntity } from './review.entity';
import { previousReviewIdByReviewId, proposalsByReviewId, reviewById } from './review.loaders';
import type { OutcomeChange } from './review.type';

/** A review's comparison with its previous review, with the rows the API answers. */
export interface ReviewComparisonRows {
  previousReview: ReviewEntity;
  added: ProposalEntity[];
  dropped: ProposalEntity[];
  outcomeChanged: OutcomeChange[];
}

/** The same campaign's review as of the latest earlier period (see previousReviewIdByReviewId); null when none. */
export async function previousReviewOf(review: ReviewEntity, loaders: RequestLoaders): Promise<ReviewEntity | null> {
  const id = await loaders.of(previousReviewIdByReviewId).load(review.id);
  return id ? loaders.of(reviewById).load(id) : null;
}

/**
 * What changed since the previous review (the domain's compareReviewProposals); null without a previous review. The
 * two reviews' proposals and their units come through the request's loaders: a list of reviews costs a few queries.
 */
export async function reviewComparison(
  review: ReviewEntity,
  loaders: RequestLoaders,
): Promise<ReviewComparisonRows | null> {
  const previousReview = await previousReviewOf(review, loaders);
  if (!previousReview) return null;
  const [before, after] = (await loaders
    .of(proposalsByReviewId)
    .loadMany([previousReview.id, review.id])) as ProposalEntity[][];
  const unitIds = [...new Set([...before, ...after].map((proposal) => proposal.unitId))];
  const units = new Map(
    ((await loaders.of(unitById).loadMany(unitIds)) as (UnitEntity | null)[]).flatMap((unit) =>
      unit ? [[unit.id, unit] as const] : [],
    ),
  );
  const compared = (proposals: ProposalEntity[]): ComparedProposal[] =>
    proposals.map(({ id, unitId, outcome, form, decision }) => {
      return { id, unitId, unitName: units.get(unitId)?.name ?? '', outcome, form, decision };
    });
  const byId = new Map([...before, ...after].map((proposal) => [proposal.id, proposal]));
  const rowsOf = (proposals: ComparedProposal[]) =>
    proposals.map((proposal) => byId.get(proposal.id) as ProposalEntity);
  const comparison = compareReviewProposals(compared(before), compared(after));
  return {
    previousReview,
    added: rowsOf(comparison.added),
    dropped: rowsOf(comparison.dropped),
    outcomeChanged: comparison.outcomeChanged.map(({ unitId, before: was, after: is }) => ({
      unit: units.get(unitId) as UnitEntity,
      before: was,
      after: is,
    })),
  };
}
