import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { caMauCampaign, INDICATORS } from '../../../test/campaign-fixtures';
import { LEVELS } from '../../../test/fixtures';
import { dashboardMocks, NOW } from '../test/dashboard-mocks';
import { DashboardScreen } from './DashboardScreen';

/** Cà Mau with three weekly periods; on 11 March 2023 periods 1 and 2 are past due. */
const campaign = caMauCampaign({
  status: 'ACTIVE',
  periods: [
    ['2023-03-01', '2023-03-03'],
    ['2023-03-04', '2023-03-10'],
    ['2023-03-11', '2023-03-17'],
  ].map(([startDate, endDate], i) => ({
    __typename: 'Period' as const,
    index: i + 1,
    startDate,
    endDate,
    dueAt: `${endDate}T09:00:00.000Z`,
  })),
});
const mocks = dashboardMocks(INDICATORS, LEVELS);

/** The districts' section, once the summaries have said which levels have units. */
async function districts(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'Cấp huyện · 3 đơn vị' });
  const section = heading.closest('section') as HTMLElement;
  await within(section).findByRole('heading', { name: 'Xa chỉ tiêu nhất' });
  return section;
}

function renderDashboard() {
  return renderWithProviders(<DashboardScreen campaign={campaign} now={NOW} />, {
    mocks,
    route: '/campaigns/c-1/dashboard',
  });
}

describe('DashboardScreen: who is behind, what changed', () => {
  it('lists the units not yet reported under their district, as lists', async () => {
    renderDashboard();
    const card = (await screen.findByRole('heading', { name: /Báo cáo kỳ 2/ })).closest('section') as HTMLElement;
    const groups = await within(card).findByText('Huyện Đầm Dơi (2)');
    const units = within(groups.closest('li') as HTMLElement).getAllByRole('listitem');
    expect(units.map((unit) => unit.textContent)).toEqual(['Thị trấn Đầm Dơi', 'Xã Tạ An Khương']);
    expect(within(card).getByText('Huyện Cái Nước (1)')).toBeInTheDocument();
    expect(within(card).getByText('3', { selector: 'dd' })).toBeInTheDocument();
  });

  it("shows only levels with units, each indicator's trend against the level's target", async () => {
    renderDashboard();
    expect(await screen.findByRole('heading', { name: 'Cấp huyện · 3 đơn vị' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Cấp xã/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến, Cấp huyện: kỳ 2 đạt 65,00%; chỉ tiêu 70%.',
      }),
    ).toBeInTheDocument();
  });

  it('lists the units furthest from target, widest gap first, linking to their page', async () => {
    renderDashboard();
    const level = await districts();
    const list = within(level).getByRole('heading', { name: 'Xa chỉ tiêu nhất' }).closest('section') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Huyện Năm Căn');
    expect(items[0]).toHaveTextContent('thiếu 30,00 điểm %');
    expect(items[0]).toHaveTextContent('và 1 chỉ số khác chưa đạt');
    expect(within(items[0]).getByRole('link', { name: 'Huyện Năm Căn' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/units/u-972?period=2&set=campaign',
    );
  });

  it('shows who climbed and who fell since the period before, with score and rate changes', async () => {
    renderDashboard();
    const level = await districts();
    const movers = within(level)
      .getByRole('heading', { name: 'Thay đổi so với kỳ 1' })
      .closest('section') as HTMLElement;
    const up = within(movers).getByRole('heading', { name: 'Tiến bộ nhất' }).parentElement as HTMLElement;
    const down = within(movers).getByRole('heading', { name: 'Sụt giảm nhất' }).parentElement as HTMLElement;
    expect(within(up).getAllByRole('listitem')[0]).toHaveTextContent(
      // Online resolution and payment both rose 40 points: the first indicator is named.
      'Huyện Cái Nước▲ Hạng 3 → 1 · điểm +45,00 · Tỷ lệ hồ sơ TTHC giải quyết trực tuyến +40,00 điểm %',
    );
    expect(within(up).getAllByRole('listitem')[1]).toHaveTextContent('Huyện Đầm DơiGiữ hạng 2 · điểm +1,00');
    expect(within(down).getAllByRole('listitem')[0]).toHaveTextContent('Huyện Năm Căn▼ Hạng 1 → 3 · điểm −10,00');
  });

  it("colours the scorecard with the legend's classes and links each unit to its page", async () => {
    renderDashboard();
    const scorecard = await screen.findByRole('region', {
      name: 'Tỷ lệ của từng đơn vị Cấp huyện theo chỉ số, tính đến kỳ 2',
    });
    const rows = within(scorecard).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const first = within(rows[1]).getAllByRole('cell');
    expect(first[0]).toHaveTextContent('95,00, Xuất sắc');
    expect(first[0]).toHaveClass('class-tone--0');
    // Năm Căn's online payment: 40 of 70 → achievement 57 → "Trung bình", the third of four classes.
    const last = within(rows[3]).getAllByRole('cell');
    expect(last[3]).toHaveTextContent('40,00%, Trung bình');
    expect(last[3]).toHaveClass('class-tone--2');
    expect(within(rows[3]).getByRole('link', { name: 'Huyện Năm Căn' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/units/u-972?period=2&set=campaign',
    );
  });
});
