/** What the home needs of a review: its state and its proposals' decisions. */
export interface ReviewLike {
  status: 'DRAFT' | 'FINALIZED';
  proposals: ReadonlyArray<{ decision: 'APPROVED' | 'REJECTED' | 'PENDING' }>;
}

/** How many of a review's proposals the board has still to decide. */
export function pendingProposals(review: ReviewLike): number {
  return review.proposals.filter((proposal) => proposal.decision === 'PENDING').length;
}

/** Reviews not finalized yet, the ones with most proposals still to decide first (the API lists the latest first). */
export function reviewsInProgress<R extends ReviewLike>(reviews: readonly R[]): R[] {
  return reviews
    .filter((review) => review.status === 'DRAFT')
    .map((review, order) => ({ review, order, pending: pendingProposals(review) }))
    .sort((a, b) => b.pending - a.pending || a.order - b.order)
    .map(({ review }) => review);
}
