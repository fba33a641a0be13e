import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { HomeReporterPeriodQuery } from '../graphql/queries/reporter-period';
import { HomeReporterStandingQuery } from '../graphql/queries/reporter-standing';
import { HomeReporterUnitQuery } from '../graphql/queries/reporter-unit';
import {
  BEFORE_DUE,
  CAMPAIGN_ID,
  COMMUNE,
  DISTRICT,
  LONG_AFTER,
  PERIOD_11,
  campaignsMock,
  level,
  refusal,
} from '../../../test/home-fixtures';
import { HomeScreen } from './HomeScreen';

const REPORTER = {
  __typename: 'User' as const,
  id: 'user-3',
  email: 'baocao@camau.demo',
  name: 'Cán bộ báo cáo Huyện Đầm Dơi',
  role: 'REPORTER' as const,
  unit: { __typename: 'Unit' as const, id: 'u-970', name: 'Huyện Đầm Dơi' },
};

const child = (id: string, name: string) => ({
  __typename: 'UnitEdge' as const,
  node: { __typename: 'Unit' as const, id, code: id.slice(2), name, level: level(COMMUNE) },
});

const unitsMock = {
  request: { query: HomeReporterUnitQuery, variables: { unitId: 'u-970', first: 500 } },
  result: {
    data: {
      unit: {
        __typename: 'Unit' as const,
        id: 'u-970',
        code: '970',
        name: 'Huyện Đầm Dơi',
        level: level(DISTRICT),
        children: {
          __typename: 'UnitConnection' as const,
          edges: [child('u-32152', 'Thị trấn Đầm Dơi'), child('u-32155', 'Xã Tạ An Khương')],
        },
      },
    },
  },
};

type Status = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';
const periodMock = (statuses: [Status, Status, Status]) => ({
  request: { query: HomeReporterPeriodQuery, variables: { campaignId: CAMPAIGN_ID } },
  result: {
    data: {
      campaign: { __typename: 'Campaign' as const, id: CAMPAIGN_ID, timeZone: 'Asia/Ho_Chi_Minh' },
      reportStatusBoard: {
        __typename: 'ReportStatusBoard' as const,
        period: PERIOD_11,
        rows: ['u-970', 'u-32152', 'u-32155', 'u-other'].map((id, i) => ({
          __typename: 'ReportStatusRow' as const,
          status: statuses[i] ?? 'MISSING',
          submittedAt: null,
          unit: { __typename: 'Unit' as const, id },
        })),
      },
    },
  },
});

const result = (code: string, name: string, rate: number | null, target: number, shortfall: number | null) => ({
  __typename: 'IndicatorResult' as const,
  rate,
  target,
  met: rate === null ? null : rate >= target,
  shortfall,
  indicator: { __typename: 'Indicator' as const, id: `ind-${code}`, code, name },
});

const ranking = (entry: typeof DISTRICT, cohortSize: number, rows: unknown[]) => ({
  __typename: 'Ranking' as const,
  asOfPeriod: 11,
  cohortSize,
  level: level(entry),
  rows,
});

const rankingRow = (id: string, rank: number, score: number, indicators: unknown[]) => ({
  __typename: 'RankingRow' as const,
  rank,
  score,
  class: { __typename: 'LegendClass' as const, code: 'GOOD', name: 'Tốt' },
  unit: { __typename: 'Unit' as const, id },
  indicators,
});

const standingVariables = { campaignId: CAMPAIGN_ID, ownLevel: 'district', childLevel: 'commune', withChildren: true };
const standingMock = {
  request: { query: HomeReporterStandingQuery, variables: standingVariables },
  result: {
    data: {
      own: ranking(DISTRICT, 9, [
        rankingRow('u-964', 1, 92, []),
        rankingRow('u-970', 3, 78.5, [
          result('ONLINE_RESOLUTION', 'Giải quyết trực tuyến', 63.66, 70, 1234),
          result('DIGITIZATION', 'Số hóa hồ sơ', 95, 90, 0),
          result('ONLINE_PAYMENT', 'Thanh toán trực tuyến', null, 40, null),
        ]),
      ]),
      children: ranking(COMMUNE, 101, [
        rankingRow('u-32155', 12, 81.25, [result('ONLINE_RESOLUTION', 'Giải quyết trực tuyến', 75, 70, 0)]),
        rankingRow('u-32152', 40, 60, [result('ONLINE_RESOLUTION', 'Giải quyết trực tuyến', 50, 70, 20)]),
      ]),
    },
  },
};

function renderHome(
  statuses: [Status, Status, Status],
  now = BEFORE_DUE,
  standing: MockLink.MockedResponse = standingMock,
) {
  return renderWithProviders(<HomeScreen user={REPORTER} now={now} />, {
    mocks: [campaignsMock(), unitsMock, periodMock(statuses), standing],
  });
}

describe('ReporterHome', () => {
  it('none reported, 2 days 3 hours before the due time: the period, the countdown and one link per unit', async () => {
    renderHome(['NOT_DUE', 'NOT_DUE', 'NOT_DUE']);

    const period = await screen.findByRole('region', { name: 'Kỳ báo cáo hiện tại' });
    expect(period).toHaveTextContent('Kỳ 11 (06/05/2023 – 09/05/2023)');
    expect(period).toHaveTextContent('Hạn nộp: Thứ Sáu 12/05/2023 16:00 · còn 2 ngày 3 giờ');
    // The main button opens the first unit without a report; the list repeats it with the others.
    expect(period.querySelector('.home-cta')).toHaveTextContent('Nộp báo cáo kỳ 11 cho Huyện Đầm Dơi');
    expect(period.querySelector('.home-cta')).toHaveAttribute('href', '/report?campaign=c-1&unit=u-970&period=11');
    expect(within(period).getByRole('heading', { name: 'Chưa báo cáo kỳ này (3)' })).toBeInTheDocument();
    expect(within(period).getByRole('link', { name: 'Nộp báo cáo kỳ 11 cho Xã Tạ An Khương' })).toHaveAttribute(
      'href',
      '/report?campaign=c-1&unit=u-32155&period=11',
    );
  });

  it('shows each unit’s rank and score and how far it is from each target, in percentage points', async () => {
    renderHome(['NOT_DUE', 'NOT_DUE', 'NOT_DUE']);

    const standing = await screen.findByRole('region', { name: 'Vị trí xếp hạng (đến kỳ 11)' });
    const own = await within(standing).findByRole('article');
    expect(within(own).getByRole('heading', { name: 'Huyện Đầm Dơi' })).toBeInTheDocument();
    expect(own).toHaveTextContent('Hạng 3/9 (Cấp huyện) · 78,50 điểm · Tốt');
    const gaps = within(own)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(gaps).toEqual([
      'Giải quyết trực tuyến: 63,66% / chỉ tiêu 70% — còn thiếu 6,34 điểm phần trăm (thêm 1.234 hồ sơ đạt)',
      'Thanh toán trực tuyến: chưa có số liệu (chỉ tiêu 40%)',
      'Đã đạt: Số hóa hồ sơ',
    ]);
    // The communes fold, best rank first.
    const summaries = [...standing.querySelectorAll('summary')].map((summary) => summary.textContent);
    expect(summaries).toEqual([
      'Xã Tạ An Khương Hạng 12/101 (Cấp xã) · 81,25 điểm · Tốt',
      'Thị trấn Đầm Dơi Hạng 40/101 (Cấp xã) · 60,00 điểm · Tốt',
    ]);
  });

  it('all reported: says so and offers to look at or correct the report', async () => {
    renderHome(['ON_TIME', 'LATE', 'ON_TIME']);

    const period = await screen.findByRole('region', { name: 'Kỳ báo cáo hiện tại' });
    expect(within(period).getByText('Tất cả đơn vị đã báo cáo')).toBeInTheDocument();
    expect(within(period).getByRole('heading', { name: 'Chưa báo cáo kỳ này (0)' })).toBeInTheDocument();
    expect(period.querySelector('.home-cta')).toHaveTextContent('Xem, điều chỉnh báo cáo kỳ 11 của Huyện Đầm Dơi');
    expect(period.querySelector('.home-cta')).toHaveAttribute('href', '/report?campaign=c-1&unit=u-970&period=11');
    expect(within(period).getByText('Đã báo cáo (3)')).toBeInTheDocument();
  });

  it('past due with the district reported: overdue, and the first commune without a report gets the button', async () => {
    renderHome(['ON_TIME', 'MISSING', 'MISSING'], LONG_AFTER);

    const period = await screen.findByRole('region', { name: 'Kỳ báo cáo hiện tại' });
    expect(period).toHaveTextContent('Hạn nộp: Thứ Sáu 12/05/2023 16:00 · quá hạn');
    expect(within(period).getByRole('heading', { name: 'Chưa báo cáo kỳ này (2)' })).toBeInTheDocument();
    expect(period.querySelector('.home-cta')).toHaveTextContent('Nộp báo cáo kỳ 11 cho Thị trấn Đầm Dơi');
    expect(screen.getByText('Đã kết thúc — chờ đóng')).toBeInTheDocument();
  });

  it('a campaign that cannot rank yet still shows the period, and says the units are not ranked', async () => {
    renderHome(['NOT_DUE', 'NOT_DUE', 'NOT_DUE'], BEFORE_DUE, {
      request: { query: HomeReporterStandingQuery, variables: standingVariables },
      result: refusal('This campaign has no target set yet.'),
    });

    expect(await screen.findByText('Chưa xếp hạng được đơn vị trong chiến dịch này.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kỳ báo cáo hiện tại' })).toHaveTextContent('Kỳ 11');
  });

  it('a reporter without a unit is told to ask for one', async () => {
    renderWithProviders(<HomeScreen user={{ ...REPORTER, unit: null }} now={BEFORE_DUE} />, {
      mocks: [campaignsMock()],
    });
    expect(await screen.findByText('Tài khoản của bạn chưa được gắn với đơn vị nào.')).toBeInTheDocument();
  });
});
