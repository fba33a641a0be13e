import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { FinalizeReviewMutation } from '../graphql/mutations/finalize-review';
import { PROPOSALS } from '../test/workspace-mocks';
import { FinalizeReviewDialog } from './FinalizeReviewDialog';
import type { WorkspaceProposal } from './types';

const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

/** Everything decided; Huyện Đầm Dơi proposed both ways, Sở Nội vụ by hand against the rules, a rejected duplicate. */
const DECIDED: WorkspaceProposal[] = [
  ...PROPOSALS.map((item) => ({ ...item, decision: item.decision === 'PENDING' ? 'APPROVED' : item.decision })),
  { ...PROPOSALS[0], id: 'p-6', form: 'Giấy khen', decision: 'APPROVED', conflicts: ['AGAINST_RULES'] },
  { ...PROPOSALS[4], id: 'p-7', conflicts: ['DUPLICATE'] },
] as WorkspaceProposal[];
const WITHOUT_CONFLICTS = DECIDED.map((item) => ({ ...item, conflicts: [] }));

const INPUT = { reviewId: 'r-1', decisionNumber: '456/QĐ-UBND', decisionDate: '2023-03-10' };
const FINALIZED = {
  data: {
    finalizeReview: {
      __typename: 'ReviewPayload',
      review: {
        __typename: 'Review',
        id: 'r-1',
        name: 'Xét kỳ 1',
        asOfPeriod: 1,
        status: 'FINALIZED',
        decisionNumber: '456/QĐ-UBND',
        decisionDate: '2023-03-10',
        createdAt: '2023-03-01T02:00:00.000Z',
        finalizedAt: '2023-03-10T02:00:00.000Z',
        targetSet: { __typename: 'TargetSet', id: 's-1', key: 'main', name: 'Bộ chỉ tiêu chính' },
      },
      userErrors: [],
    },
  },
};

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  const dialog = screen.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
  await user.type(within(dialog).getByLabelText('Quyết định số'), '456/QĐ-UBND');
  await user.type(within(dialog).getByLabelText('Ngày quyết định'), '2023-03-10');
  return dialog;
}

const ACCEPT = 'Tôi đã xem và vẫn hoàn tất; các xung đột được ghi vào nhật ký';

describe('FinalizeReviewDialog', () => {
  it('says which units are still in conflict and asks for the box to be ticked before sending', async () => {
    const user = userEvent.setup();
    const onFinalized = jest.fn();
    renderWithProviders(
      <FinalizeReviewDialog reviewId="r-1" proposals={DECIDED} onClose={jest.fn()} onFinalized={onFinalized} />,
    );
    const dialog = await fillIn(user);
    // The rejected duplicate does not count.
    expect(within(dialog).getByText('Còn 3 đề xuất của 2 đơn vị cần xem lại:')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Huyện Đầm Dơi: Vừa được đề nghị khen thưởng vừa bị đề nghị xử lý'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Sở Nội vụ: Đề xuất thủ công ngược với tiêu chí')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Huyện Cái Nước/)).not.toBeInTheDocument();

    const box = within(dialog).getByRole('checkbox', { name: ACCEPT });
    expect(box).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất' }));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Hãy đánh dấu ô này để vẫn hoàn tất khi còn xung đột.');
    // Nothing was sent: a request without a mock would show an error.
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(onFinalized).not.toHaveBeenCalled();
  });

  it('sends acceptConflicts: true once the box is ticked', async () => {
    const user = userEvent.setup();
    const onFinalized = jest.fn();
    renderWithProviders(
      <FinalizeReviewDialog reviewId="r-1" proposals={DECIDED} onClose={jest.fn()} onFinalized={onFinalized} />,
      {
        mocks: [
          {
            request: { query: FinalizeReviewMutation, variables: { input: { ...INPUT, acceptConflicts: true } } },
            result: FINALIZED,
          },
        ],
      },
    );
    const dialog = await fillIn(user);
    await user.click(within(dialog).getByRole('checkbox', { name: ACCEPT }));
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất' }));
    await waitFor(() => expect(onFinalized).toHaveBeenCalled());
  });

  it('shows UNRESOLVED_CONFLICTS from the server beside the box, and resends once it is ticked', async () => {
    const user = userEvent.setup();
    const onFinalized = jest.fn();
    const onConflictsChanged = jest.fn();
    renderWithProviders(
      <FinalizeReviewDialog
        reviewId="r-1"
        proposals={WITHOUT_CONFLICTS}
        onClose={jest.fn()}
        onFinalized={onFinalized}
        onConflictsChanged={onConflictsChanged}
      />,
      {
        mocks: [
          {
            request: { query: FinalizeReviewMutation, variables: { input: INPUT } },
            result: {
              data: {
                finalizeReview: {
                  __typename: 'ReviewPayload',
                  review: null,
                  userErrors: [
                    userError('UNRESOLVED_CONFLICTS', ['input', 'acceptConflicts'], '1 proposal is in conflict'),
                  ],
                },
              },
            },
          },
          {
            request: { query: FinalizeReviewMutation, variables: { input: { ...INPUT, acceptConflicts: true } } },
            result: FINALIZED,
          },
        ],
      },
    );
    const dialog = await fillIn(user);
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất' }));

    const box = await within(dialog).findByRole('checkbox', { name: ACCEPT });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      'Còn đề xuất có xung đột chưa được chấp nhận (danh sách có thể vừa thay đổi): ' +
        'hãy xem lại, đánh dấu ô này rồi bấm Hoàn tất lần nữa.',
    );
    expect(onConflictsChanged).toHaveBeenCalled();
    expect(onFinalized).not.toHaveBeenCalled();

    await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tất' }));
    await waitFor(() => expect(onFinalized).toHaveBeenCalled());
  });

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
