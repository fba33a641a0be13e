import { pendingProposals, reviewsInProgress, type ReviewLike } from './review-progress';

const review = (
  name: string,
  status: ReviewLike['status'],
  decisions: ReviewLike['proposals'][number]['decision'][],
) => ({
  name,
  status,
  proposals: decisions.map((decision) => ({ decision })),
});

describe('review progress', () => {
  it('counts the proposals still pending: 2 of 4', () => {
    expect(pendingProposals(review('a', 'DRAFT', ['APPROVED', 'PENDING', 'REJECTED', 'PENDING']))).toBe(2);
  });

  it('lists the reviews in progress, most pending first, finalized ones left out', () => {
    const list = reviewsInProgress([
      review('Tổng kết', 'DRAFT', ['PENDING']),
      review('Sơ kết', 'FINALIZED', ['APPROVED']),
      review('Tháng 4', 'DRAFT', ['PENDING', 'PENDING', 'APPROVED']),
      review('Tháng 3', 'DRAFT', []),
    ]);
    expect(list.map((r) => r.name)).toEqual(['Tháng 4', 'Tổng kết', 'Tháng 3']);
  });
});
