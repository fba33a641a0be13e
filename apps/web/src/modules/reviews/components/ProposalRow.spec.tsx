import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { PROPOSALS } from '../test/workspace-mocks';
import { ProposalRow, type ProposalRowProps } from './ProposalRow';
import type { WorkspaceProposal } from './types';

const [RULED, CONFLICTED, APPROVED, , BY_HAND] = PROPOSALS;

function renderRow(proposal: WorkspaceProposal, props: Partial<ProposalRowProps> = {}) {
  const onDecide = jest.fn();
  renderWithProviders(
    <table>
      <tbody>
        <ProposalRow
          index={1}
          proposal={proposal}
          editable
          timeZone="Asia/Ho_Chi_Minh"
          indicatorNames={new Map()}
          unitHref="/campaigns/c-1/units/u-970?period=1&set=main"
          period={1}
          selected={false}
          onToggle={jest.fn()}
          note=""
          onNoteChange={jest.fn()}
          onDecide={onDecide}
          {...props}
        />
      </tbody>
    </table>,
  );
  return { onDecide };
}

describe('ProposalRow', () => {
  it('explains itself: the rule’s condition in words, the figures, the unit as of the period', () => {
    renderRow(RULED, { ruleName: 'Bằng khen UBND tỉnh' });
    expect(screen.getByText('Bằng khen', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Theo tiêu chí Bằng khen UBND tỉnh')).toBeInTheDocument();
    expect(screen.getByText('Điều kiện: điểm ≥ 60')).toBeInTheDocument();
    expect(screen.getByText('Điểm: 61,90')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem đơn vị tính đến kỳ 1: Sở Nội vụ' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/units/u-970?period=1&set=main',
    );
  });

  it('flags a conflict in words', () => {
    renderRow(CONFLICTED);
    expect(screen.getByText('Cần xem lại:')).toBeInTheDocument();
    expect(screen.getByText('Vừa được đề nghị khen thưởng vừa bị đề nghị xử lý')).toBeInTheDocument();
  });

  it('a pending row: its state as a badge, then Đồng ý and Không đồng ý (no Chờ xét button)', async () => {
    const user = userEvent.setup();
    const { onDecide } = renderRow(RULED);
    expect(screen.getByText('Chờ xét', { selector: '.decision-badge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /chờ xét/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Không đồng ý đề xuất Bằng khen cho Sở Nội vụ' }));
    expect(onDecide).toHaveBeenCalledWith('REJECTED');
    screen.getByRole('button', { name: 'Đồng ý đề xuất Bằng khen cho Sở Nội vụ' }).focus();
    await user.keyboard('{Enter}');
    expect(onDecide).toHaveBeenLastCalledWith('APPROVED');
  });

  it('a decided row: who and when in the campaign’s zone, Lưu ghi chú and Hoàn tác', async () => {
    const user = userEvent.setup();
    const { onDecide } = renderRow(APPROVED);
    expect(screen.getByText('Đồng ý', { selector: '.decision-badge' })).toBeInTheDocument();
    expect(screen.getByText('Thành viên Hội đồng, 10/03/2023 09:00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu ghi chú cho Sở Tư pháp – Bằng khen' }));
    expect(onDecide).toHaveBeenCalledWith('APPROVED');
    await user.click(screen.getByRole('button', { name: 'Hoàn tác: đưa đề xuất Bằng khen cho Sở Tư pháp về chờ xét' }));
    expect(onDecide).toHaveBeenLastCalledWith('PENDING');
  });

  it('a proposal by hand gives the board’s reason; a finalized review shows no buttons and no selection', () => {
    renderRow(BY_HAND, { editable: false });
    expect(screen.getByText('Do Hội đồng đề xuất')).toBeInTheDocument();
    expect(screen.queryByText(/Điều kiện:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText('Không đồng ý', { selector: '.decision-badge' })).toBeInTheDocument();
  });
});
