import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ReviewComparisonQuery } from '../graphql/queries/review-comparison';
import { ReviewComparison } from './ReviewComparison';

const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
const proposal = (id: string, unitId: string, name: string, outcome: string, form: string) => ({
  __typename: 'Proposal',
  id,
  outcome,
  form,
  unit: unit(unitId, name),
});

function mock(comparison: unknown) {
  return {
    request: { query: ReviewComparisonQuery, variables: { id: 'r-2' } },
    result: { data: { review: { __typename: 'Review', id: 'r-2', comparison } } },
  };
}

describe('ReviewComparison', () => {
  it('folds what changed since the previous review under one line with the counts', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewComparison reviewId="r-2" />, {
      mocks: [
        mock({
          __typename: 'ReviewComparison',
          previousReview: { __typename: 'Review', id: 'r-1', name: 'Xét kỳ 1', asOfPeriod: 1 },
          added: [
            proposal('p-11', 'u-1', 'Sở Nội vụ', 'COMMENDATION', 'Bằng khen'),
            proposal('p-12', 'u-2', 'Sở Tư pháp', 'DISCIPLINE', 'Phê bình'),
          ],
          dropped: [proposal('p-3', 'u-3', 'Huyện Cái Nước', 'DISCIPLINE', 'Nhắc nhở')],
          outcomeChanged: [
            {
              __typename: 'OutcomeChange',
              unit: unit('u-4', 'Huyện Đầm Dơi'),
              before: ['COMMENDATION'],
              after: ['COMMENDATION', 'DISCIPLINE'],
            },
          ],
        }),
      ],
    });
    const toggle = await screen.findByRole('button', { name: /^So với đợt xét trước: Xét kỳ 1 \(tính đến kỳ 1\)/ });
    expect(toggle).toHaveTextContent('Đề xuất mới: 2 · Không còn đề xuất: 1 · Đổi kết quả: 1');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Đề xuất mới (2)' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const added = screen.getByRole('list', { name: 'Đề xuất mới (2)' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Sở Nội vụ – Bằng khen', 'Sở Tư pháp – Phê bình']);
    const dropped = screen.getByRole('list', { name: 'Không còn đề xuất (1)' });
    expect(within(dropped).getByRole('listitem')).toHaveTextContent('Huyện Cái Nước – Nhắc nhở');
    const changed = screen.getByRole('list', { name: 'Đổi kết quả (1)' });
    expect(within(changed).getByRole('listitem')).toHaveTextContent('Huyện Đầm Dơi: Khen thưởng → Khen thưởng, Xử lý');
  });

  it('says "none" under an empty list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewComparison reviewId="r-2" />, {
      mocks: [
        mock({
          __typename: 'ReviewComparison',
          previousReview: { __typename: 'Review', id: 'r-1', name: 'Xét kỳ 1', asOfPeriod: 1 },
          added: [],
          dropped: [],
          outcomeChanged: [],
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: /^So với đợt xét trước/ }));
    expect(screen.getAllByText('Không có.')).toHaveLength(3);
  });

  it('the campaign’s first review: a muted line, no comparison', async () => {
    renderWithProviders(<ReviewComparison reviewId="r-2" />, { mocks: [mock(null)] });
    expect(await screen.findByText('Đây là đợt xét đầu tiên của chiến dịch.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
