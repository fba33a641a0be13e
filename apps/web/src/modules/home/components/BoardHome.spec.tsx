import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { HomeBoardReviewsQuery } from '../graphql/queries/board-reviews';
import { HomeStandingsQuery } from '../graphql/queries/standings';
import { BEFORE_DUE, CAMPAIGN_ID, campaignsMock, refusal, review, standingsMock } from '../../../test/home-fixtures';
import { HomeScreen } from './HomeScreen';

const BOARD = {
  __typename: 'User' as const,
  id: 'user-2',
  email: 'hoidong@camau.demo',
  name: 'Thành viên Hội đồng Thi đua',
  role: 'BOARD' as const,
  unit: null,
};

const reviewsMock = (reviews: unknown[]) => ({
  request: { query: HomeBoardReviewsQuery, variables: { campaignId: CAMPAIGN_ID } },
  result: { data: { reviews } },
});

function renderBoard(reviews: unknown[], standings: MockLink.MockedResponse = standingsMock) {
  return renderWithProviders(<HomeScreen user={BOARD} now={BEFORE_DUE} />, {
    mocks: [campaignsMock(), reviewsMock(reviews), standings],
  });
}

describe('BoardHome', () => {
  it('lists the reviews waiting, with how many proposals each still needs, each one click away', async () => {
    renderBoard([
      review('r-2', 'Tổng kết Chiến dịch 69 ngày đêm', 'DRAFT', ['APPROVED', 'PENDING', 'PENDING', 'PENDING']),
      review('r-1', 'Sơ kết giữa Chiến dịch (kỳ 6)', 'FINALIZED', ['APPROVED'], 6),
      review('r-3', 'Đợt xét tháng 4', 'DRAFT', ['APPROVED'], 8),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeInTheDocument();
    const reviews = await screen.findByRole('region', { name: 'Đợt xét chờ quyết định' });
    const rows = within(reviews).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Tổng kết Chiến dịch 69 ngày đêmĐến kỳ 11 · Còn 3/4 đề xuất chờ xét3',
      'Đợt xét tháng 4Đến kỳ 8 · Đã xét hết 1 đề xuất — chờ hoàn tất0',
    ]);
    expect(within(reviews).getByRole('link', { name: 'Tổng kết Chiến dịch 69 ngày đêm' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/reviews/r-2',
    );
  });

  it('shows the top 3 and bottom 3 of each level with their scores', async () => {
    renderBoard([]);

    const standings = await screen.findByRole('region', { name: 'Xếp hạng hiện tại (đến kỳ 11)' });
    const communes = within(standings).getByRole('region', { name: /^Cấp xã/ });
    const names = within(communes)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.home-standing__name')?.textContent);
    expect(names).toEqual(['Xã 1', 'Xã 2', 'Xã 3', 'Xã 99', 'Xã 100', 'Xã 101']);
    expect(within(communes).getAllByRole('listitem')[0]).toHaveTextContent('1Xã 195,00 điểm');
    // A level of four shows each unit once.
    const province = within(standings).getByRole('region', { name: /^Cấp tỉnh/ });
    expect(within(province).getAllByRole('listitem')).toHaveLength(4);
    expect(within(standings).getByRole('link', { name: 'Bảng xếp hạng đầy đủ' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/rankings',
    );
  });

  it('says when no review waits, and when the campaign cannot be ranked yet', async () => {
    renderBoard([review('r-1', 'Sơ kết', 'FINALIZED', ['APPROVED'], 6)], {
      request: { query: HomeStandingsQuery, variables: { campaignId: CAMPAIGN_ID } },
      result: refusal('This campaign has no target set yet.'),
    });

    expect(await screen.findByText('Không có đợt xét nào đang chờ quyết định')).toBeInTheDocument();
    expect(await screen.findByText('Chưa có xếp hạng cho chiến dịch này.')).toBeInTheDocument();
  });
});
