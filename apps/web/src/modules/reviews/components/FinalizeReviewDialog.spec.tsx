import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { FinalizeReviewMutation } from '../graphql/mutations/finalize-review';
import { FinalizeReviewDialog } from './FinalizeReviewDialog';

const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

describe('FinalizeReviewDialog', () => {
  it('lists every reason the server refuses, UNDECIDED_PROPOSALS and a duplicate number together', async () => {
    const user = userEvent.setup();
    const onFinalized = jest.fn();
    renderWithProviders(<FinalizeReviewDialog reviewId="r-1" onClose={jest.fn()} onFinalized={onFinalized} />, {
      mocks: [
        {
          request: {
            query: FinalizeReviewMutation,
            variables: { input: { reviewId: 'r-1', decisionNumber: '456/QĐ-UBND', decisionDate: '2023-03-10' } },
          },
          result: {
            data: {
              finalizeReview: {
                __typename: 'ReviewPayload',
                review: null,
                userErrors: [
                  userError('UNDECIDED_PROPOSALS', ['input', 'reviewId'], '2 proposals are still pending'),
                  userError(
                    'DUPLICATE_DECISION_NUMBER',
                    ['input', 'decisionNumber'],
                    'Decision number 456/QĐ-UBND is used',
                  ),
                ],
              },
            },
          },
        },
      ],
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
    await user.type(within(dialog).getByLabelText('Quyết định số'), '456/QĐ-UBND');
    await user.type(within(dialog).getByLabelText('Ngày quyết định'), '2023-03-10');
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Chưa hoàn tất được:');
    expect(alert).toHaveTextContent('Còn đề xuất chưa được xét: hãy Đồng ý hoặc Không đồng ý tất cả đề xuất trước.');
    expect(within(dialog).getByLabelText('Quyết định số')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Số quyết định này đã được dùng trong chiến dịch.')).toBeInTheDocument();
    expect(onFinalized).not.toHaveBeenCalled();
  });

  it('asks for the number and the date before sending anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FinalizeReviewDialog reviewId="r-1" onClose={jest.fn()} onFinalized={jest.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Hoàn tất' }));
    expect(screen.getAllByText('Không được để trống.')).toHaveLength(2);
  });
});
