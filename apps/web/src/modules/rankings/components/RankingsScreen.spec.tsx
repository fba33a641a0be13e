import { screen, within } from '@testing-library/react';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { RankingQuery } from '../graphql/queries/ranking';
import { RankingsScreen } from './RankingsScreen';

const unit = (id: string, name: string, childCount = 0) => ({
  __typename: 'Unit' as const,
  id,
  code: id,
  name,
  childCount,
});
const tally = { __typename: 'ReportTally' as const, due: 11, onTime: 0, late: 0, missing: 11 };

function rankingMock(levelKey: string, rows: unknown[], cohortSize: number) {
  return {
    request: {
      query: RankingQuery,
      variables: { campaignId: 'c-1', levelKey, asOfPeriod: null, targetSetKey: 'campaign', parentUnitId: null },
    },
    result: {
      data: {
        ranking: {
          __typename: 'Ranking',
          asOfPeriod: 11,
          cohortSize,
          level: { __typename: 'Level', id: 'lv-2', key: levelKey, name: 'Cấp huyện' },
          targetSet: { __typename: 'TargetSet', id: 'ts-1', key: 'campaign', name: 'Chỉ tiêu Chiến dịch' },
          rows,
        },
      },
    },
  };
}

describe('RankingsScreen', () => {
  it('says that nothing is ranked before the first report, and shows every unit blank, never 0%', async () => {
    const rows = [unit('u-964', 'Thành phố Cà Mau', 17), unit('u-970', 'Huyện Cái Nước', 11)].map((u) => ({
      __typename: 'RankingRow',
      rank: null,
      previousRank: null,
      movement: null,
      score: null,
      class: null,
      unit: u,
      indicators: [],
      reports: tally,
    }));
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
          request: {
            query: RankingQuery,
            variables: {
              campaignId: 'c-1',
              levelKey: 'province',
              asOfPeriod: null,
              targetSetKey: 'campaign',
              parentUnitId: null,
            },
          },
          error: new Error('boom'),
        },
      ],
      route: '/campaigns/c-1/rankings',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được dữ liệu.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
