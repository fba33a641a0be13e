import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CampaignQuery, CampaignsQuery } from '../../campaigns';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { LEVELS } from '../../../test/fixtures';
import { damDoiReport } from '../../../test/report-fixtures';
import { renderWithProviders } from '../../../test/render';
import { ReportUnitQuery } from '../graphql/queries/report-unit';
import { ReporterUnitsQuery } from '../graphql/queries/reporter-units';
import { UnitReportsQuery } from '../graphql/queries/unit-reports';
import { ReportScreen } from './ReportScreen';

const REPORTER = {
  __typename: 'User' as const,
  id: 'user-2',
  email: 'baocao@camau.demo',
  name: 'Cán bộ báo cáo Huyện Đầm Dơi',
  role: 'REPORTER' as const,
  unit: { __typename: 'Unit' as const, id: 'u-970', name: 'Huyện Đầm Dơi' },
};
const PERIODS = [1, 2, 3, 4, 5].map((index) => ({
  __typename: 'Period' as const,
  index,
  startDate: `2023-03-0${index}`,
  endDate: `2023-03-0${index}`,
  dueAt: `2023-03-0${index}T09:00:00.000Z`,
}));
const row = (id: string, name: string, status: string) => ({
  __typename: 'Campaign',
  id,
  name,
  startDate: '2023-03-01',
  endDate: '2023-05-09',
  status,
  indicators: [],
});
const edge = (node: { id: string }) => ({ __typename: 'CampaignEdge', cursor: `c-${node.id}`, node });

const mocks = [
  {
    request: { query: CampaignsQuery, variables: { first: 100 } },
    result: {
      data: {
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount: 2,
          edges: [
            edge(row('c-2', 'Chiến dịch 2024 (nháp)', 'DRAFT')),
            edge(row('c-1', 'Chiến dịch cao điểm 69 ngày đêm', 'ACTIVE')),
          ],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-c-1' },
        },
      },
    },
  },
  {
    request: { query: CampaignQuery, variables: { id: 'c-1' } },
    result: { data: { campaign: { ...caMauCampaign({ status: 'ACTIVE' }), periods: PERIODS } } },
  },
  {
    request: { query: ReportUnitQuery, variables: { id: 'u-970' } },
    result: {
      data: {
        unit: {
          __typename: 'Unit',
          id: 'u-970',
          code: '970',
          name: 'Huyện Đầm Dơi',
          archived: false,
          level: LEVELS[1],
        },
      },
    },
  },
  {
    request: { query: ReporterUnitsQuery, variables: { parentId: 'u-970', first: 500 } },
    result: {
      data: {
        units: {
          __typename: 'UnitConnection',
          totalCount: 1,
          edges: [
            {
              __typename: 'UnitEdge',
              cursor: 'c-1',
              node: { __typename: 'Unit', id: 'u-32152', code: '32152', name: 'Thị trấn Đầm Dơi' },
            },
          ],
        },
      },
    },
  },
  {
    request: { query: UnitReportsQuery, variables: { campaignId: 'c-1', unitId: 'u-970', first: 500 } },
    result: {
      data: {
        reports: {
          __typename: 'ReportConnection',
          totalCount: 1,
          edges: [
            {
              __typename: 'ReportEdge',
              cursor: 'r-1',
              node: { ...damDoiReport(), period: { __typename: 'Period', index: 2 } },
            },
          ],
        },
      },
    },
  },
];

describe('ReportScreen', () => {
  it('opens the active campaign for the reporter’s own unit, with each period’s status, and the first missing one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReportScreen user={REPORTER} />, { mocks });

    const periods = await screen.findByRole('table', { name: 'Các kỳ báo cáo của Huyện Đầm Dơi' });
    expect(screen.getByLabelText('Chiến dịch')).toHaveValue('c-1');
    const unit = screen.getByLabelText('Đơn vị');
    expect(
      within(unit)
        .getAllByRole('option')
        .map((option) => option.textContent?.trim()),
    ).toEqual(['Huyện Đầm Dơi', 'Thị trấn Đầm Dơi (32152)']);
    expect(
      within(periods)
        .getAllByRole('row')
        .slice(1)
        .map((line) => line.querySelector('.badge')?.textContent),
    ).toEqual(['Chưa nộp', 'Trễ hạn', 'Chưa nộp', 'Chưa nộp', 'Chưa nộp']);
    expect(screen.getByText(/^Chiến dịch đã hết hạn nộp báo cáo/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở kỳ 1' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Mở kỳ 2' }));
    expect(screen.getByRole('heading', { name: 'Số liệu kỳ 2 (02/03/2023 – 02/03/2023)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Số đạt – Tỷ lệ hồ sơ TTHC giải quyết trực tuyến' })).toHaveValue('75');
    expect(screen.getByRole('table', { name: 'Các lần điều chỉnh báo cáo kỳ 2' })).toHaveTextContent(
      '70 / 100 → 75 / 100',
    );
  });

  it('remembers another campaign picked here, for this user, as the one every screen follows', async () => {
    const user = userEvent.setup();
    const draft = {
      request: { query: CampaignQuery, variables: { id: 'c-2' } },
      result: {
        data: { campaign: { ...caMauCampaign({ id: 'c-2', name: 'Chiến dịch 2024 (nháp)' }), periods: PERIODS } },
      },
    };
    renderWithProviders(<ReportScreen user={REPORTER} />, { mocks: [...mocks, draft] });
    const select = await screen.findByLabelText('Chiến dịch');
    expect(within(select).getByRole('option', { name: 'Chiến dịch 2024 (nháp) (Nháp)' })).toBeInTheDocument();
    expect(
      within(select).getByRole('option', { name: 'Chiến dịch cao điểm 69 ngày đêm (Đã kết thúc — chờ đóng)' }),
    ).toBeInTheDocument();

    await user.selectOptions(select, 'c-2');

    expect(select).toHaveValue('c-2');
    expect(window.localStorage.getItem('thidua.campaign.user-2')).toBe('c-2');
  });

  it('opens the campaign, unit and period a link names (the home page’s report button)', async () => {
    renderWithProviders(<ReportScreen user={REPORTER} />, {
      mocks,
      route: '/report?campaign=c-1&unit=u-970&period=2',
    });

    expect(await screen.findByRole('button', { name: 'Mở kỳ 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Số liệu kỳ 2 (02/03/2023 – 02/03/2023)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Đơn vị')).toHaveValue('u-970');
  });
});
