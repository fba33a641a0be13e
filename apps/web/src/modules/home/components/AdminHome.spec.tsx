import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ADMIN, LEVELS } from '../../../test/fixtures';
import { HomeAdminQuery } from '../graphql/queries/admin-home';
import { HomeProblemsQuery } from '../graphql/queries/problems';
import {
  BEFORE_DUE,
  CAMPAIGN_ID,
  LONG_AFTER,
  PERIOD_11,
  campaignRow,
  campaignsMock,
  level,
  refusal,
  review,
  unit,
} from '../../../test/home-fixtures';
import { HomeScreen } from './HomeScreen';

const PROVINCE = { id: 'u-96', name: 'Tỉnh Cà Mau' };
const DAM_DOI = { id: 'u-973', name: 'Huyện Đầm Dơi' };
const CAI_NUOC = { id: 'u-970', name: 'Huyện Cái Nước' };

type Status = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';
const statusRow = (status: Status, id: string, name: string, parent: { id: string; name: string } | null) => ({
  __typename: 'ReportStatusRow' as const,
  status,
  unit: unit(id, name, parent),
});
const count = (entry: (typeof LEVELS)[number], onTime: number, late: number, missing: number, notDue: number) => ({
  __typename: 'ReportStatusCount' as const,
  onTime,
  late,
  missing,
  notDue,
  total: onTime + late + missing + notDue,
  level: level(entry),
});

const adminMock = (rows: ReturnType<typeof statusRow>[], levels: ReturnType<typeof count>[], reviews: unknown[]) => ({
  request: { query: HomeAdminQuery, variables: { campaignId: CAMPAIGN_ID } },
  result: {
    data: {
      campaign: { __typename: 'Campaign' as const, id: CAMPAIGN_ID, timeZone: 'Asia/Ho_Chi_Minh' },
      reportStatusBoard: { __typename: 'ReportStatusBoard' as const, period: PERIOD_11, levels, rows },
      reviews,
    },
  },
});

const problemsMock = (zeroRateUnits: unknown[]) => ({
  request: { query: HomeProblemsQuery, variables: { campaignId: CAMPAIGN_ID } },
  result: {
    data: {
      weeklyReport: {
        __typename: 'WeeklyReport' as const,
        period: { __typename: 'Period' as const, index: 11 },
        zeroRateUnits,
      },
    },
  },
});

const zeroRate = (id: string, name: string, parent: { id: string; name: string }, indicator: string, n: number) => ({
  __typename: 'ZeroRateUnit' as const,
  denominator: n,
  unit: unit(id, name, parent),
  indicator: { __typename: 'Indicator' as const, id: `ind-${indicator}`, name: indicator },
});

const campaigns = campaignsMock([
  campaignRow(CAMPAIGN_ID, 'Chiến dịch 69 ngày đêm', 'ACTIVE', '2023-03-01', '2023-05-09'),
  campaignRow('c-2', 'Chiến dịch 2024', 'DRAFT', '2024-03-01', '2024-05-09'),
  campaignRow('c-0', 'Chiến dịch 2022', 'CLOSED', '2022-03-01', '2022-05-09'),
]);

describe('AdminHome', () => {
  it('some not reported, before the due time: the campaigns, the rate, who is missing by district, problems, reviews', async () => {
    renderWithProviders(<HomeScreen user={ADMIN} now={BEFORE_DUE} />, {
      mocks: [
        campaigns,
        adminMock(
          [
            statusRow('ON_TIME', 'u-96', 'Tỉnh Cà Mau', null),
            statusRow('NOT_DUE', 'u-973', 'Huyện Đầm Dơi', PROVINCE),
            statusRow('LATE', 'u-970', 'Huyện Cái Nước', PROVINCE),
            statusRow('NOT_DUE', 'u-32155', 'Xã Tạ An Khương', DAM_DOI),
            statusRow('NOT_DUE', 'u-32152', 'Thị trấn Đầm Dơi', DAM_DOI),
            statusRow('ON_TIME', 'u-32001', 'Xã Hưng Mỹ', CAI_NUOC),
          ],
          [count(LEVELS[0], 1, 0, 0, 0), count(LEVELS[1], 0, 1, 0, 1), count(LEVELS[2], 1, 0, 0, 2)],
          [review('r-2', 'Tổng kết Chiến dịch', 'DRAFT', ['PENDING', 'APPROVED'])],
        ),
        problemsMock([zeroRate('u-32155', 'Xã Tạ An Khương', DAM_DOI, 'Thanh toán trực tuyến', 12)]),
      ],
    });

    const running = await screen.findByRole('region', { name: 'Chiến dịch đang triển khai' });
    expect(within(running).getAllByRole('listitem')).toHaveLength(1);
    expect(running).toHaveTextContent('Chiến dịch 69 ngày đêm01/03/2023 – 09/05/2023Đã kết thúc — chờ đóng');

    const rate = await screen.findByRole('region', { name: 'Tỷ lệ báo cáo kỳ 11' });
    expect(rate).toHaveTextContent('còn 2 ngày 3 giờ');
    expect(rate).toHaveTextContent('50,0% 3/6 đơn vị đã báo cáo (trong đó 1 trễ hạn)');
    expect(rate).toHaveTextContent('Cấp huyện: 1/2');

    const missing = screen.getByRole('region', { name: 'Chưa báo cáo kỳ 11 (3)' });
    const groups = within(missing).getAllByRole('region');
    expect(groups.map((group) => group.textContent)).toEqual([
      'Huyện Đầm Dơi (2)Thị trấn Đầm DơiXã Tạ An Khương',
      'Tỉnh Cà Mau (1)Huyện Đầm Dơi',
    ]);
    expect(within(missing).getByRole('link', { name: 'Mở bảng tình hình báo cáo' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/reports',
    );

    const problems = await screen.findByRole('region', { name: 'Vấn đề cần xử lý' });
    expect(await within(problems).findByText('Thanh toán trực tuyến: 0% trên 12 hồ sơ')).toBeInTheDocument();
    expect(problems).toHaveTextContent('Đơn vị có chỉ số 0% (đến kỳ 11)');

    const reviews = screen.getByRole('region', { name: 'Đợt xét đang thực hiện' });
    expect(reviews).toHaveTextContent('Còn 1/2 đề xuất chờ xét');
  });

  it('all reported, past due, no problem and no review: each card says so', async () => {
    renderWithProviders(<HomeScreen user={ADMIN} now={LONG_AFTER} />, {
      mocks: [
        campaigns,
        adminMock(
          [statusRow('ON_TIME', 'u-96', 'Tỉnh Cà Mau', null), statusRow('LATE', 'u-973', 'Huyện Đầm Dơi', PROVINCE)],
          [count(LEVELS[0], 1, 0, 0, 0), count(LEVELS[1], 0, 1, 0, 0)],
          [review('r-1', 'Sơ kết', 'FINALIZED', ['APPROVED'], 6)],
        ),
        problemsMock([]),
      ],
    });

    const rate = await screen.findByRole('region', { name: 'Tỷ lệ báo cáo kỳ 11' });
    expect(rate).toHaveTextContent('quá hạn');
    expect(rate).toHaveTextContent('100,0%');
    expect(screen.getByRole('region', { name: 'Chưa báo cáo kỳ 11 (0)' })).toHaveTextContent(
      'Tất cả đơn vị đã báo cáo',
    );
    expect(await screen.findByText('Không có đơn vị nào ở mức 0%')).toBeInTheDocument();
    expect(screen.getByText('Không có đợt xét nào đang thực hiện')).toBeInTheDocument();
  });

  it('none reported, and a campaign whose figures cannot be computed: the rest still shows', async () => {
    renderWithProviders(<HomeScreen user={ADMIN} now={LONG_AFTER} />, {
      mocks: [
        campaigns,
        adminMock(
          [
            statusRow('MISSING', 'u-973', 'Huyện Đầm Dơi', PROVINCE),
            statusRow('MISSING', 'u-970', 'Huyện Cái Nước', PROVINCE),
          ],
          [count(LEVELS[1], 0, 0, 2, 0)],
          [],
        ),
        {
          request: { query: HomeProblemsQuery, variables: { campaignId: CAMPAIGN_ID } },
          result: refusal('This campaign has no target set yet.'),
        },
      ],
    });

    expect(await screen.findByRole('region', { name: 'Chưa báo cáo kỳ 11 (2)' })).toHaveTextContent(
      'Tỉnh Cà Mau (2)Huyện Cái NướcHuyện Đầm Dơi',
    );
    expect(screen.getByRole('region', { name: 'Tỷ lệ báo cáo kỳ 11' })).toHaveTextContent('0,0%');
    expect(await screen.findByText('Chưa tính được các chỉ số của chiến dịch này.')).toBeInTheDocument();
  });

  it('early in the week, most units not reported: the groups fold to their counts, problems past 5 fold too', async () => {
    const communes = Array.from({ length: 45 }, (_, i) => statusRow('NOT_DUE', `u-c${i}`, `Xã số ${i + 1}`, DAM_DOI));
    const zero = Array.from({ length: 7 }, (_, i) =>
      zeroRate(`u-c${i}`, `Xã số ${i + 1}`, DAM_DOI, 'Thanh toán trực tuyến', i + 1),
    );
    renderWithProviders(<HomeScreen user={ADMIN} now={BEFORE_DUE} />, {
      mocks: [campaigns, adminMock(communes, [count(LEVELS[2], 0, 0, 0, 45)], []), problemsMock(zero)],
    });

    const missing = await screen.findByRole('region', { name: 'Chưa báo cáo kỳ 11 (45)' });
    const group = missing.querySelector('details.home-group');
    expect(group).not.toHaveAttribute('open');
    expect(group?.querySelector('summary')).toHaveTextContent('Huyện Đầm Dơi (45)');
    const problems = screen.getByRole('region', { name: 'Vấn đề cần xử lý' });
    expect(await within(problems).findByText('Xem thêm 2 đơn vị')).toBeInTheDocument();
    expect(within(problems).getByRole('link', { name: 'Mở báo cáo tuần' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/weekly-report',
    );
  });

  it('offers to create the first campaign', async () => {
    renderWithProviders(<HomeScreen user={ADMIN} now={BEFORE_DUE} />, { mocks: [campaignsMock([])] });
    expect(await screen.findByRole('link', { name: 'Tạo chiến dịch' })).toHaveAttribute('href', '/campaigns/new');
  });
});
