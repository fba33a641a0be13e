import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { RankingQuery } from '../graphql/queries/ranking';
import { RankingChangedSubscription } from '../graphql/subscriptions/ranking-changed';
import { RankingsScreen } from './RankingsScreen';

const unit = (id: string, name: string, childCount = 0) => ({
  __typename: 'Unit' as const,
  id,
  code: id,
  name,
  childCount,
});
const tally = { __typename: 'ReportTally' as const, due: 11, onTime: 0, late: 0, missing: 11 };

const VARIABLES = { campaignId: 'c-1', asOfPeriod: null, targetSetKey: 'campaign', parentUnitId: null };
const NO_VIEW = { orderBy: null, search: null, first: 200 };

function rankingMock(
  levelKey: string,
  rows: unknown[],
  cohortSize: number,
  view: Record<string, unknown> = NO_VIEW,
  page: { totalCount?: number; endCursor?: string | null } = {},
) {
  const endCursor = page.endCursor ?? null;
  return {
    request: { query: RankingQuery, variables: { ...VARIABLES, levelKey, ...view } },
    result: {
      data: {
        ranking: {
          __typename: 'Ranking',
          asOfPeriod: 11,
          cohortSize,
          level: { __typename: 'Level', id: 'lv-2', key: levelKey, name: 'Cấp huyện' },
          targetSet: { __typename: 'TargetSet', id: 'ts-1', key: 'campaign', name: 'Chỉ tiêu Chiến dịch' },
          rowsConnection: {
            __typename: 'RankingRowConnection',
            totalCount: page.totalCount ?? rows.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
            edges: rows.map((node, index) => ({
              __typename: 'RankingRowEdge',
              cursor: `c${String(view.after ?? '')}${index}`,
              node,
            })),
          },
        },
      },
    },
  };
}

/** A write elsewhere, told by the live updates `delay` ms after the screen subscribes. */
const rankingChangedAfter = (delay: number) => ({
  request: { query: RankingChangedSubscription, variables: { campaignId: 'c-1' } },
  result: {
    data: {
      rankingChanged: {
        __typename: 'RankingChange',
        campaignId: 'c-1',
        fromPeriod: 11,
        changedAt: '2023-05-12T08:00:00.000Z',
      },
    },
  },
  delay,
});

/** A row of a unit without data. */
const blankRow = (u: ReturnType<typeof unit>) => ({
  __typename: 'RankingRow',
  rank: null,
  previousRank: null,
  movement: null,
  score: null,
  baseScore: null,
  bonusPoints: null,
  penaltyPoints: null,
  tieBreak: null,
  latestReportMissing: true,
  class: null,
  unit: u,
  indicators: [],
  reports: tally,
});

describe('RankingsScreen', () => {
  it('says that nothing is ranked before the first report, and shows every unit blank, never 0%', async () => {
    const rows = [unit('u-964', 'Thành phố Cà Mau', 17), unit('u-970', 'Huyện Cái Nước', 11)].map(blankRow);
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [rankingMock('district', rows, 0)],
      route: '/campaigns/c-1/rankings?level=district',
    });
    expect(
      await screen.findByText(
        'Chưa có báo cáo nào tính đến kỳ 11 nên chưa xếp hạng được. Đơn vị chưa có số liệu để trống, không tính là 0%.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 11, Chỉ tiêu Chiến dịch' });
    expect(within(table).getByRole('link', { name: 'Thành phố Cà Mau' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/units/u-964?period=11&set=campaign',
    );
    expect(table).not.toHaveTextContent('%');
    expect(screen.getByRole('link', { name: 'Cấp huyện' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Các đơn vị trực thuộc Thành phố Cà Mau' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xuất CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xuất Excel' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the ranking cannot be loaded', async () => {
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        {
          request: { query: RankingQuery, variables: { ...VARIABLES, levelKey: 'province', ...NO_VIEW } },
          error: new Error('boom'),
        },
      ],
      route: '/campaigns/c-1/rankings',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được dữ liệu.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  const named = (count: number, from = 0) =>
    Array.from({ length: count }, (_, index) => blankRow(unit(`u-${from + index}`, `Xã Số ${from + index}`)));
  const table = () => screen.getByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 11, Chỉ tiêu Chiến dịch' });
  const firstUnit = () => within(table()).getAllByRole('link')[0];

  it('asks the server for the order of a clicked column, and shows its rows in the order they come', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        rankingMock('district', named(3), 0),
        rankingMock('district', named(3).reverse(), 0, { ...NO_VIEW, orderBy: { by: 'SCORE', descending: true } }),
        rankingMock('district', named(3), 0, { ...NO_VIEW, orderBy: { by: 'SCORE', descending: false } }),
      ],
      route: '/campaigns/c-1/rankings?level=district',
    });
    expect(await screen.findByRole('link', { name: 'Xã Số 0' })).toBe(firstUnit());
    const score = screen.getByRole('columnheader', { name: /Điểm/ });
    await user.click(within(score).getByRole('button'));
    expect(score).toHaveAttribute('aria-sort', 'descending');
    await screen.findByText('Xã Số 2', { selector: 'a' });
    await waitForFirst('Xã Số 2');
    await user.click(within(score).getByRole('button'));
    expect(score).toHaveAttribute('aria-sort', 'ascending');
    await waitForFirst('Xã Số 0');
  });

  it('finds units by name on the server once the typing pauses, and says so when none match', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        rankingMock('district', named(3), 2),
        rankingMock('district', named(1, 1), 2, { ...NO_VIEW, search: 'so 1' }),
        rankingMock('district', [], 2, { ...NO_VIEW, search: 'so 1x' }),
      ],
      route: '/campaigns/c-1/rankings?level=district',
    });
    await screen.findByRole('link', { name: 'Xã Số 0' });
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'so 1');
    expect(await screen.findByText('2 đơn vị có số liệu · tìm thấy 1 đơn vị')).toBeInTheDocument();
    expect(
      within(table())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Xã Số 1']);
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'x');
    expect(await screen.findByText('Không có đơn vị nào khớp “so 1x”.')).toBeInTheDocument();
  });

  it('loads the next page of a large level on request, and tells how many are shown', async () => {
    const user = userEvent.setup();
    const after = 'page-1-end';
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        rankingMock('district', named(200), 0, NO_VIEW, { totalCount: 250, endCursor: after }),
        rankingMock('district', named(50, 200), 0, { ...NO_VIEW, after }, { totalCount: 250 }),
      ],
      route: '/campaigns/c-1/rankings?level=district',
    });
    expect(await screen.findByText('0 / 250 đơn vị có số liệu')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-rowcount', '251');
    expect(screen.getByText('Đang hiện 200 / 250')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    // All 250 held now (the table shows those in view): nothing more to load. (The button is hidden while a page
    // loads too: what tells that the page is in is the count.)
    await waitFor(() => expect(screen.queryByText(/Đang hiện/)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-rowcount', '251');
    expect(firstUnit()).toHaveTextContent('Xã Số 0'); // the second page added to the first, not put in its place
  });

  it('after a write elsewhere, asks again for every row already shown, not only the first page', async () => {
    const user = userEvent.setup();
    const after = 'page-1-end';
    const again = rankingMock('district', named(250), 0, { ...NO_VIEW, first: 250 }, { totalCount: 250 });
    const refetched = jest.fn(() => again.result);
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        rankingMock('district', named(200), 0, NO_VIEW, { totalCount: 250, endCursor: after }),
        rankingMock('district', named(50, 200), 0, { ...NO_VIEW, after }, { totalCount: 250 }),
        { request: again.request, result: refetched },
        rankingChangedAfter(4_000), // well after the second page is in, on a slow machine too
      ],
      route: '/campaigns/c-1/rankings?level=district',
    });
    await user.click(await screen.findByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(screen.queryByText(/Đang hiện/)).not.toBeInTheDocument());
    await waitFor(() => expect(refetched).toHaveBeenCalledTimes(1), { timeout: 8_000 });
    expect(screen.queryByText(/Đang hiện/)).not.toBeInTheDocument();
    expect(firstUnit()).toHaveTextContent('Xã Số 0');
  }, 15_000);

  it('after a write elsewhere, a table scrolled past the largest page the API gives keeps every row it showed', async () => {
    const user = userEvent.setup();
    const renamed = (count: number, from = 0) =>
      Array.from({ length: count }, (_, index) => blankRow(unit(`u-${from + index}`, `Xã Mới ${from + index}`)));
    const again = { orderBy: null, search: null, after: null, first: 500 };
    const firstAgain = rankingMock('district', renamed(500), 0, again, { totalCount: 600, endCursor: 'again-500' });
    const restAgain = rankingMock(
      'district',
      renamed(100, 500),
      0,
      { ...again, first: 100, after: 'again-500' },
      {
        totalCount: 600,
      },
    );
    const asked = [jest.fn(() => firstAgain.result), jest.fn(() => restAgain.result)];
    renderWithProviders(<RankingsScreen campaign={caMauCampaign({ status: 'ACTIVE' })} />, {
      mocks: [
        rankingMock('district', named(200), 0, NO_VIEW, { totalCount: 600, endCursor: 'p1' }),
        rankingMock('district', named(200, 200), 0, { ...NO_VIEW, after: 'p1' }, { totalCount: 600, endCursor: 'p2' }),
        rankingMock('district', named(200, 400), 0, { ...NO_VIEW, after: 'p2' }, { totalCount: 600 }),
        { request: firstAgain.request, result: asked[0] },
        { request: restAgain.request, result: asked[1] },
        rankingChangedAfter(5_000), // well after the third page is in, on a slow machine too
      ],
      route: '/campaigns/c-1/rankings?level=district',
    });
    await user.click(await screen.findByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(screen.getByText('Đang hiện 400 / 600')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(screen.queryByText(/Đang hiện/)).not.toBeInTheDocument());
    expect(table()).toHaveAttribute('aria-rowcount', '601');
    await waitForFirst('Xã Mới 0'); // the rows asked again are the ones shown
    expect(asked.map((fn) => fn.mock.calls.length)).toEqual([1, 1]);
    expect(table()).toHaveAttribute('aria-rowcount', '601'); // all 600, not cut back to the API's largest page
    expect(screen.queryByText(/Đang hiện/)).not.toBeInTheDocument();
  }, 20_000);

  async function waitForFirst(name: string) {
    await screen.findByRole('link', { name });
    await waitFor(() => expect(firstUnit()).toHaveTextContent(name));
  }
});
