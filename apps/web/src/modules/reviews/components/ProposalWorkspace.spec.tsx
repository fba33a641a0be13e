import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router-dom';
import { renderWithProviders } from '../../../test/render';
import { ReviewProposalsQuery } from '../graphql/queries/review-proposals';
import { PROPOSALS, REVIEW, fakeServer } from '../test/workspace-mocks';
import { ProposalWorkspace } from './ProposalWorkspace';
import type { WorkspaceProposal } from './types';

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

/** The workspace as the review screen gives it: the proposals read, and read again after each decision. */
function Workspace({ finalized = false }: { finalized?: boolean }) {
  const query = useQuery(ReviewProposalsQuery, { variables: { id: 'r-1', language: 'VI' } });
  const proposals = query.data?.review?.proposals;
  if (!proposals) return <p>…</p>;
  return (
    <>
      <ProposalWorkspace
        review={finalized ? { ...REVIEW, status: 'FINALIZED' } : REVIEW}
        proposals={proposals}
        campaignId="c-1"
        timeZone="Asia/Ho_Chi_Minh"
        editable={!finalized}
        onChanged={() => void query.refetch()}
      />
      <Search />
    </>
  );
}

function renderWorkspace({ route = '/', proposals = PROPOSALS, refuseBulk = false, finalized = false } = {}) {
  const server = fakeServer(proposals, { refuseBulk });
  renderWithProviders(<Workspace finalized={finalized} />, { mocks: server.mocks, route });
  return server;
}

const units = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);
const rowOf = (unit: string, form: string) =>
  screen
    .getAllByRole('row')
    .find((row) => row.querySelector('th')?.textContent === unit && row.textContent?.includes(form)) as HTMLElement;

describe('ProposalWorkspace: filters', () => {
  it('shows the pending ones first, with a count beside each choice, and narrows by state and conflicts', async () => {
    const user = userEvent.setup();
    renderWorkspace();
    expect(await screen.findByRole('radio', { name: 'Chờ xét (3)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Đã đồng ý (1)' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Không đồng ý (1)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tất cả (5)' })).toBeInTheDocument();
    expect(units()).toEqual(['Sở Nội vụ', 'Huyện Đầm Dơi', 'Huyện Đầm Dơi']);
    expect(screen.getByText('2/5 đã xét')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Cần xem lại (2)' }));
    expect(units()).toEqual(['Huyện Đầm Dơi', 'Huyện Đầm Dơi']);
    expect(screen.getAllByText('Vừa được đề nghị khen thưởng vừa bị đề nghị xử lý')).toHaveLength(2);
    expect(screen.getByTestId('search')).toHaveTextContent('?review=1');

    await user.click(screen.getByRole('radio', { name: 'Tất cả (2)' }));
    expect(screen.getByTestId('search')).toHaveTextContent('?review=1&decision=ALL');
  });

  it('finds a unit typed without accents, and counts outcomes, forms and levels for what is left', async () => {
    const user = userEvent.setup();
    renderWorkspace({ route: '/?decision=ALL' });
    await user.type(await screen.findByLabelText('Tên đơn vị'), 'dam doi');
    expect(units()).toEqual(['Huyện Đầm Dơi', 'Huyện Đầm Dơi']);
    expect(screen.getByRole('option', { name: 'Khen thưởng (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Cấp tỉnh (0)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Cấp huyện (2)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Hình thức'), 'Phê bình');
    expect(units()).toEqual(['Huyện Đầm Dơi']);
    expect(screen.getByTestId('search')).toHaveTextContent('q=dam+doi');
    expect(screen.getByTestId('search')).toHaveTextContent('form=Ph');
  });

  it('reads the filters from the address, so a reload keeps them', async () => {
    renderWorkspace({ route: '/?decision=APPROVED&level=province' });
    expect(await screen.findByRole('radio', { name: 'Đã đồng ý (1)' })).toBeChecked();
    expect(units()).toEqual(['Sở Tư pháp']);
    expect(screen.getByLabelText('Cấp')).toHaveValue('province');
  });

  it('says when nothing is left pending, and offers to show all', async () => {
    const user = userEvent.setup();
    const decided = PROPOSALS.map((item) => ({ ...item, decision: 'APPROVED' }) as WorkspaceProposal);
    renderWorkspace({ proposals: decided });
    expect(await screen.findByText('Không còn đề xuất chờ xét.')).toBeInTheDocument();
    expect(screen.getByText('Tất cả đề xuất đã được xét.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xem tất cả đề xuất' }));
    expect(units()).toHaveLength(5);
  });
});

describe('ProposalWorkspace: a finalized review', () => {
  it('shows every proposal, read-only, with no progress, selection or keys help', async () => {
    renderWorkspace({ finalized: true });
    expect(await screen.findByRole('radio', { name: 'Tất cả (5)' })).toBeChecked();
    expect(units()).toHaveLength(5);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /^Chọn/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Phím tắt/)).not.toBeInTheDocument();
  });
});

describe('ProposalWorkspace: decisions', () => {
  it('sends the note typed with the decision; the row leaves the pending list; Hoàn tác brings it back', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace();
    await user.type(await screen.findByLabelText('Ghi chú cho Sở Nội vụ – Bằng khen'), 'Đủ điều kiện');
    await user.click(screen.getByRole('button', { name: 'Đồng ý đề xuất Bằng khen cho Sở Nội vụ' }));
    expect(await screen.findByText('Đồng ý: đề xuất Bằng khen cho Sở Nội vụ.')).toHaveAttribute('role', 'status');
    expect(server.received).toEqual([{ proposalId: 'p-1', decision: 'APPROVED', note: 'Đủ điều kiện' }]);
    await waitFor(() => expect(units()).toEqual(['Huyện Đầm Dơi', 'Huyện Đầm Dơi']));
    expect(screen.getByText('Còn 2 đề xuất chờ xét.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hoàn tác quyết định vừa ghi' }));
    await waitFor(() => expect(units()).toEqual(['Sở Nội vụ', 'Huyện Đầm Dơi', 'Huyện Đầm Dơi']));
    expect(server.received[1]).toEqual({
      reviewId: 'r-1',
      proposalIds: ['p-1'],
      decision: 'PENDING',
      note: 'Đủ điều kiện',
    });
    expect(screen.getByLabelText('Ghi chú cho Sở Nội vụ – Bằng khen')).toHaveValue('Đủ điều kiện');
  });

  it('a decided row says its state, keeps its note editable (Lưu ghi chú) and can be set back to pending', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace({ route: '/?decision=APPROVED' });
    const row = await screen.findByRole('row', { name: /Sở Tư pháp/ });
    expect(within(row).getByText('Đồng ý', { selector: '.decision-badge' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /^Đồng ý đề xuất/ })).not.toBeInTheDocument();
    await user.type(within(row).getByLabelText('Ghi chú cho Sở Tư pháp – Bằng khen'), 'Đã xác minh');
    await user.click(within(row).getByRole('button', { name: 'Lưu ghi chú cho Sở Tư pháp – Bằng khen' }));
    await screen.findByText('Đã lưu ghi chú cho Sở Tư pháp – Bằng khen.');
    expect(server.received[0]).toEqual({ proposalId: 'p-4', decision: 'APPROVED', note: 'Đã xác minh' });

    await user.click(screen.getByRole('button', { name: 'Hoàn tác: đưa đề xuất Bằng khen cho Sở Tư pháp về chờ xét' }));
    await screen.findByText('Đã đưa đề xuất Bằng khen cho Sở Tư pháp về chờ xét.');
    expect(server.received[1]).toEqual({ proposalId: 'p-4', decision: 'PENDING', note: 'Đã xác minh' });
    await waitFor(() => expect(units()).toEqual([]));
  });
});

describe('ProposalWorkspace: a selection', () => {
  it('is decided at once after one question, with the common note', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace();
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả đang hiện (3)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn đề xuất Phê bình cho Huyện Đầm Dơi' }));
    await user.click(screen.getByRole('button', { name: 'Không đồng ý (2)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Không đồng ý 2 đề xuất?' });
    expect(server.received).toEqual([]);
    await user.type(within(dialog).getByLabelText('Ghi chú chung (không bắt buộc)'), 'Chưa đủ thời gian');
    await user.click(within(dialog).getByRole('button', { name: 'Không đồng ý (2)' }));
    await screen.findByText('Không đồng ý: 2 đề xuất.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(server.received).toEqual([
      { reviewId: 'r-1', proposalIds: ['p-1', 'p-2'], decision: 'REJECTED', note: 'Chưa đủ thời gian' },
    ]);
    await waitFor(() => expect(units()).toEqual(['Huyện Đầm Dơi']));
  });

  it('refused: says so in the dialog and nothing changes', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace({ refuseBulk: true });
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả đang hiện (3)' }));
    await user.click(screen.getByRole('button', { name: 'Đồng ý (3)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Đồng ý 3 đề xuất?' });
    await user.click(within(dialog).getByRole('button', { name: 'Đồng ý (3)' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Chưa ghi được; không đề xuất nào thay đổi.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Đợt xét đã hoàn tất nên không thể thay đổi.');
    expect(server.received).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(units()).toEqual(['Sở Nội vụ', 'Huyện Đầm Dơi', 'Huyện Đầm Dơi']);
    expect(screen.getAllByText('Chờ xét', { selector: '.decision-badge' })).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: 'Chọn đề xuất Bằng khen cho Sở Nội vụ' })).toBeChecked();
  });
});

describe('ProposalWorkspace: keys', () => {
  it('moves with j/k, jumps to the next pending with n, selects with x and approves with a', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace({ route: '/?decision=ALL' });
    await screen.findByRole('radio', { name: 'Tất cả (5)' });
    expect(screen.getByText(/^Phím tắt:/)).toBeInTheDocument();
    act(() => rowOf('Sở Nội vụ', 'Bằng khen').focus());
    await user.keyboard('jj');
    expect(rowOf('Sở Tư pháp', 'Bằng khen')).toHaveFocus();
    await user.keyboard('k');
    expect(rowOf('Huyện Đầm Dơi', 'Bằng khen')).toHaveFocus();
    await user.keyboard('j');
    await user.keyboard('n');
    expect(rowOf('Huyện Đầm Dơi', 'Phê bình')).toHaveFocus();
    expect(rowOf('Huyện Đầm Dơi', 'Phê bình')).toHaveAttribute('tabindex', '0');
    expect(rowOf('Sở Nội vụ', 'Bằng khen')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('x');
    expect(screen.getByRole('checkbox', { name: 'Chọn đề xuất Phê bình cho Huyện Đầm Dơi' })).toBeChecked();
    await user.keyboard('a');
    await screen.findByText('Đồng ý: đề xuất Phê bình cho Huyện Đầm Dơi.');
    expect(server.received).toEqual([{ proposalId: 'p-3', decision: 'APPROVED', note: null }]);
  });

  it('typing a note is not a key; the row taking a decided row’s place takes focus', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace();
    await user.type(await screen.findByLabelText('Ghi chú cho Sở Nội vụ – Bằng khen'), 'ra');
    expect(server.received).toEqual([]);
    act(() => rowOf('Sở Nội vụ', 'Bằng khen').focus());
    await user.keyboard('r');
    await screen.findByText('Không đồng ý: đề xuất Bằng khen cho Sở Nội vụ.');
    expect(server.received).toEqual([{ proposalId: 'p-1', decision: 'REJECTED', note: 'ra' }]);
    await waitFor(() => expect(rowOf('Huyện Đầm Dơi', 'Bằng khen')).toHaveFocus());
  });
});
