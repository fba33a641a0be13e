import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { WeeklyReportQuery } from '../graphql/queries/weekly-report';
import { WeeklyReportScreen } from './WeeklyReportScreen';

const level = (id: string, key: string, name: string) => ({ __typename: 'Level' as const, id, key, name });
const indicator = (id: string, code: string, name: string) => ({ __typename: 'Indicator' as const, id, code, name });
const unit = (id: string, code: string, name: string) => ({ __typename: 'Unit' as const, id, code, name });
const ONLINE = indicator('i-1', 'ONLINE_RESOLUTION', 'Giải quyết trực tuyến');
const PAID = indicator('i-3', 'ONLINE_PAYMENT', 'Thanh toán trực tuyến');
const DISTRICT = level('lv-2', 'district', 'Cấp huyện');

const figure = (ind: typeof ONLINE, numerator: number, denominator: number, target: number | null) => {
  const rate = denominator ? (numerator / denominator) * 100 : null;
  return {
    __typename: 'IndicatorResult' as const,
    indicator: ind,
    numerator,
    denominator,
    rate,
    target,
    met: rate === null || target === null ? null : rate >= target,
    shortfall:
      rate !== null && target !== null && rate < target
        ? Math.ceil((target * denominator) / 100 - numerator)
        : target === null
          ? null
          : 0,
  };
};

const row = (
  rank: number | null,
  movement: number | null,
  score: number | null,
  className: string | null,
  u: ReturnType<typeof unit>,
  figures: ReturnType<typeof figure>[],
) => ({
  __typename: 'RankingRow' as const,
  rank,
  movement,
  score,
  class: className ? { __typename: 'LegendClass' as const, code: className, name: className } : null,
  unit: u,
  indicators: figures.map(({ shortfall: _shortfall, ...rest }) => rest),
});

const damDoi = unit('u-970', '970', 'Huyện Đầm Dơi');
const caMau = unit('u-964', '964', 'Thành phố Cà Mau');
const namCan = unit('u-971', '971', 'Huyện Năm Căn');
const top = row(1, 2, 100, 'Xuất sắc', damDoi, [figure(ONLINE, 80, 100, 70), figure(PAID, 35, 100, 35)]);
const last = row(2, -1, 45.238095238095, 'Yếu', caMau, [figure(ONLINE, 50, 200, 70), figure(PAID, 0, 200, 35)]);
const none = row(null, null, null, null, namCan, [figure(ONLINE, 0, 0, 70), figure(PAID, 0, 0, 35)]);

function report(period: number, dateLine: string) {
  return {
    __typename: 'WeeklyReport' as const,
    campaign: {
      __typename: 'Campaign' as const,
      id: 'c-1',
      name: 'Chiến dịch cao điểm 69 ngày đêm',
      timeZone: 'Asia/Ho_Chi_Minh',
      periods: [
        { __typename: 'Period' as const, index: 1, startDate: '2023-03-01', endDate: '2023-03-03' },
        { __typename: 'Period' as const, index: 2, startDate: '2023-03-04', endDate: '2023-03-10' },
        { __typename: 'Period' as const, index: 3, startDate: '2023-03-11', endDate: '2023-03-17' },
      ],
    },
    period: {
      __typename: 'Period' as const,
      index: period,
      startDate: '2023-03-04',
      endDate: '2023-03-10',
      dueAt: '2023-03-10T09:00:00.000Z',
    },
    targetSet: { __typename: 'TargetSet' as const, id: 'ts-1', key: 'campaign', name: 'Chỉ tiêu Chiến dịch' },
    heading: {
      __typename: 'DocumentHeading' as const,
      issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU'],
      placeName: 'Cà Mau',
      dateLine,
      title: 'BÁO CÁO TUẦN',
      subtitle: `Kết quả thực hiện Chiến dịch cao điểm 69 ngày đêm, kỳ ${period} (từ 04/03/2023 đến 10/03/2023)`,
    },
    summary: [
      {
        __typename: 'LevelSummary' as const,
        level: DISTRICT,
        unitCount: 3,
        indicators: [figure(ONLINE, 760, 1700, 70), figure(PAID, 35, 300, 35)],
      },
      {
        __typename: 'LevelSummary' as const,
        level: null,
        unitCount: 3,
        indicators: [figure(ONLINE, 1120, 2100, null), figure(PAID, 135, 500, null)],
      },
    ],
    levels: [
      {
        __typename: 'WeeklyReportLevel' as const,
        level: DISTRICT,
        cohortSize: 2,
        rows: [top, last, none],
        top: [top],
        bottom: [last],
      },
    ],
    lateUnits: [
      {
        __typename: 'ReportStatusRow' as const,
        unit: damDoi,
        level: DISTRICT,
        submittedAt: '2023-03-11T02:00:00.000Z',
      },
    ],
    missingUnits: [{ __typename: 'ReportStatusRow' as const, unit: namCan, level: DISTRICT }],
    zeroRateUnits: [
      { __typename: 'ZeroRateUnit' as const, unit: caMau, level: DISTRICT, indicator: PAID, denominator: 200 },
    ],
  };
}

const mock = (period: number | null, data: ReturnType<typeof report>) => ({
  request: { query: WeeklyReportQuery, variables: { campaignId: 'c-1', period } },
  result: { data: { weeklyReport: data } },
});

describe('WeeklyReportScreen', () => {
  it('shows the administrative heading, the level against its target, each unit, the late, missing and 0% units', async () => {
    renderWithProviders(<WeeklyReportScreen campaignId="c-1" />, {
      mocks: [mock(2, report(2, 'Cà Mau, ngày 10 tháng 3 năm 2023'))],
      route: '/campaigns/c-1/weekly-report?period=2',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO TUẦN' })).toBeInTheDocument();
    expect(screen.getByText('ỦY BAN NHÂN DÂN')).toBeInTheDocument();
    expect(screen.getByText('TỈNH CÀ MAU')).toBeInTheDocument();
    expect(screen.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(screen.getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(screen.getByText('Cà Mau, ngày 10 tháng 3 năm 2023')).toBeInTheDocument();
    expect(screen.getByText('Chỉ tiêu: Chỉ tiêu Chiến dịch')).toBeInTheDocument();

    const levels = screen.getByRole('table', { name: 'I. Kết quả theo cấp' });
    const districtOnline = levels.querySelector(
      'tr[data-level="district"][data-indicator="ONLINE_RESOLUTION"]',
    ) as HTMLElement;
    expect(
      within(districtOnline)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Giải quyết trực tuyến', '1.700', '760', '44,71', '70,00', 'Không đạt', '430']);
    const allOnline = levels.querySelector('tr[data-level="all"][data-indicator="ONLINE_RESOLUTION"]') as HTMLElement;
    expect(
      within(allOnline)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Giải quyết trực tuyến', '2.100', '1.120', '53,33', '', '', '']);
    expect(within(levels).getByRole('rowheader', { name: 'Tất cả đơn vị' })).toBeInTheDocument();

    const units = screen.getByRole('table', { name: 'Cấp huyện: 3 đơn vị, 2 đơn vị được xếp hạng' });
    const caMauRow = within(units).getByRole('row', { name: /Thành phố Cà Mau/ });
    expect(
      within(caMauRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '▼1Giảm 1 hạng', '45,24', 'Yếu', '25,00 Không đạt', '0,00 Không đạt']);
    // A unit without data is blank, never 0%.
    const namCanRow = within(units).getByRole('row', { name: /Huyện Năm Căn/ });
    expect(
      within(namCanRow)
        .getAllByRole('cell')
        .slice(3)
        .map((cell) => cell.textContent),
    ).toEqual(['', '', '', '']);

    const status = screen.getByRole('table', { name: 'III. Đơn vị nộp báo cáo chậm, chưa nộp' });
    expect(
      within(status)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((cell) => cell.textContent)
            .concat(within(r).getByRole('rowheader').textContent ?? ''),
        ),
    ).toEqual([
      ['1', 'Cấp huyện', 'Trễ hạn', '11/03/2023 09:00', 'Huyện Đầm Dơi'],
      ['2', 'Cấp huyện', 'Chưa nộp', '', 'Huyện Năm Căn'],
    ]);
    expect(screen.getByText('1 đơn vị trễ hạn, 1 đơn vị chưa nộp.')).toBeInTheDocument();
    const zero = screen.getByRole('table', { name: 'IV. Đơn vị có tỷ lệ 0%' });
    expect(within(zero).getByRole('rowheader', { name: 'Thành phố Cà Mau' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Cấp huyện — dẫn đầu' })).getByRole('rowheader', {
        name: 'Huyện Đầm Dơi',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Cấp huyện — cuối bảng' })).getByRole('rowheader', {
        name: 'Thành phố Cà Mau',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải XLSX' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Về tổng quan chiến dịch' })).toHaveAttribute('href', '/campaigns/c-1');
  });

  it('asks for another period when one is picked, and says so in the address', async () => {
    renderWithProviders(<WeeklyReportScreen campaignId="c-1" />, {
      mocks: [
        mock(null, report(2, 'Cà Mau, ngày 10 tháng 3 năm 2023')),
        mock(3, report(3, 'Cà Mau, ngày 17 tháng 3 năm 2023')),
      ],
      route: '/campaigns/c-1/weekly-report',
    });
    const picker = await screen.findByRole('combobox', { name: 'Kỳ báo cáo' });
    expect(picker).toHaveValue('2');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kỳ 1 (01/03/2023 – 03/03/2023)', 'Kỳ 2 (04/03/2023 – 10/03/2023)', 'Kỳ 3 (11/03/2023 – 17/03/2023)']);
    await userEvent.selectOptions(picker, '3');
    expect(await screen.findByText('Cà Mau, ngày 17 tháng 3 năm 2023')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('3');
  });

  it('prints the page and says when the XLSX cannot be downloaded', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const fetchMock = jest.fn().mockResolvedValue({ ok: false, status: 500 });
    const original = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderWithProviders(<WeeklyReportScreen campaignId="c-1" />, {
        mocks: [mock(2, report(2, 'Cà Mau, ngày 10 tháng 3 năm 2023'))],
        route: '/campaigns/c-1/weekly-report?period=2',
      });
      await userEvent.click(await screen.findByRole('button', { name: 'In / Lưu PDF' }));
      expect(print).toHaveBeenCalledTimes(1);
      await userEvent.click(screen.getByRole('button', { name: 'Tải XLSX' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được tệp XLSX. Hãy thử lại.');
      expect(fetchMock).toHaveBeenCalledWith('/exports/weekly-report.xlsx?campaignId=c-1&period=2', expect.anything());
    } finally {
      globalThis.fetch = original;
      print.mockRestore();
    }
  });

  it('shows the error with a retry when the report cannot be loaded', async () => {
    renderWithProviders(<WeeklyReportScreen campaignId="c-1" />, {
      mocks: [
        {
          request: { query: WeeklyReportQuery, variables: { campaignId: 'c-1', period: 2 } },
          error: new Error('boom'),
        },
      ],
      route: '/campaigns/c-1/weekly-report?period=2',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được dữ liệu.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
