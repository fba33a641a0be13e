import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { DecideProposalMutation } from '../graphql/mutations/decide-proposal';
import { ProposalRow } from './ProposalRow';
import type { ProposalView } from './types';

const PROPOSAL = {
  __typename: 'Proposal',
  id: 'p-1',
  unit: { __typename: 'Unit', id: 'u-970', code: '970', name: 'Huyện Đầm Dơi' },
  outcome: 'DISCIPLINE' as const,
  form: 'Phê bình',
  ruleCode: 'PHE_BINH',
  reason: 'Rule PHE_BINH (Phê bình, priority 200) proposes "Phê bình": anyZeroRate = true, score = 61.9.',
  evidence: [
    { __typename: 'Evidence', variable: 'anyZeroRate', value: true },
    { __typename: 'Evidence', variable: 'score', value: 61.9 },
  ],
  decision: 'PENDING' as const,
  note: null,
  decidedBy: null,
  decidedAt: null,
};

function decideMock(decision: string, note: string | null) {
  const request = { query: DecideProposalMutation, variables: { input: { proposalId: 'p-1', decision, note } } };
  const proposal = {
    ...PROPOSAL,
    decision,
    note,
    decidedBy: { __typename: 'User', id: 'b-1', name: 'Thành viên Hội đồng' },
    decidedAt: '2023-03-10T02:00:00.000Z',
  };
  return { request, result: { data: { decideProposal: { __typename: 'ProposalPayload', proposal, userErrors: [] } } } };
}

const renderRow = (mocks: ReturnType<typeof decideMock>[], editable = true) =>
  renderWithProviders(
    <table>
      <tbody>
        <ProposalRow
          index={1}
          proposal={PROPOSAL as ProposalView}
          editable={editable}
          timeZone="Asia/Ho_Chi_Minh"
          indicatorNames={new Map()}
        />
      </tbody>
    </table>,
    { mocks },
  );

describe('ProposalRow', () => {
  it('shows the rule’s form and the unit’s figures in Vietnamese', () => {
    renderRow([]);
    expect(screen.getByText('Phê bình', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Theo tiêu chí PHE_BINH')).toBeInTheDocument();
    expect(screen.getByText('Có chỉ số bằng 0%: Có')).toBeInTheDocument();
    expect(screen.getByText('Điểm: 61,90')).toBeInTheDocument();
  });

  it('rejecting with a note sends REJECTED, the proposal and the note, in one click', async () => {
    const user = userEvent.setup();
    const mock = decideMock('REJECTED', 'Đã khắc phục');
    const sent = jest.fn(() => mock.result);
    renderRow([{ ...mock, result: sent } as unknown as ReturnType<typeof decideMock>]);
    await user.type(screen.getByLabelText('Ghi chú cho Huyện Đầm Dơi – Phê bình'), 'Đã khắc phục');
    await user.click(screen.getByRole('button', { name: 'Không đồng ý đề xuất Phê bình cho Huyện Đầm Dơi' }));
    // The mock answers only these exact variables.
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });

  it('approving without a note sends APPROVED and a null note; the button says it is pressed', async () => {
    const user = userEvent.setup();
    const mock = decideMock('APPROVED', null);
    const sent = jest.fn(() => mock.result);
    renderRow([{ ...mock, result: sent } as unknown as ReturnType<typeof decideMock>]);
    const approve = screen.getByRole('button', { name: 'Đồng ý đề xuất Phê bình cho Huyện Đầm Dơi' });
    expect(approve).toHaveAttribute('aria-pressed', 'false');
    approve.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });

  it('a finalized review shows no buttons', () => {
    renderRow([], false);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Chờ xét')).toBeInTheDocument();
  });
});
