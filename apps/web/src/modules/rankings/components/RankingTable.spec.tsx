import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { rankingRow } from '../test/ranking-rows';
import { RankingTable } from './RankingTable';

const indicators = [{ code: 'ONLINE_RESOLUTION', name: 'Giải quyết trực tuyến' }];

function renderTable(rows: ReturnType<typeof rankingRow>[]) {
  return renderWithProviders(
    <RankingTable
      caption="Xếp hạng Cấp xã"
      rows={rows}
      indicators={indicators}
      legendCodes={['EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK']}
      unitHref={(row) => `/u/${row.unit.id}`}
      onDrillDown={() => undefined}
    />,
  );
}

describe('RankingTable', () => {
  it('renders only the rows in a window of the page for 10.000 units, spacer rows keeping its height', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      rankingRow(index, { score: 100 - index / 200, rate: 80 - index / 200 }),
    );
    renderTable(rows);
    const table = screen.getByRole('table', { name: 'Xếp hạng Cấp xã' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeGreaterThan(5);
    expect(bodyRows.length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(screen.getByRole('link', { name: 'Đơn vị 0' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đơn vị 9999' })).toBeNull();
  });

  it('leaves a unit without data blank (no 0%, no rank, no score) and lists it last', () => {
    renderTable([rankingRow(0, { rate: 75 }), rankingRow(1, { rank: null as unknown as number })]);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const last = rows[rows.length - 1];
    expect(within(last).getByRole('rowheader')).toHaveTextContent('Đơn vị 1');
    expect(last).not.toHaveTextContent('%');
    expect(within(last).getByText('Chưa có số liệu')).toHaveClass('visually-hidden');
    expect(within(rows[1]).getByText('75,00%')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Đạt')).toBeInTheDocument();
  });

  it('sorts by a column from its header button and says so with aria-sort', () => {
    renderTable([
      rankingRow(0, { score: 91, rate: 60 }),
      rankingRow(1, { score: 80, rate: 85 }),
      rankingRow(2, { rank: null as unknown as number }),
    ]);
    const header = screen.getByRole('columnheader', { name: /Giải quyết trực tuyến/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Hạng/ })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const order = () =>
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(order()[0]).toContain('Đơn vị 1');
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(order()[0]).toContain('Đơn vị 0');
    expect(order()[2]).toContain('Đơn vị 2');
  });

  it('reads like the national tables: Hạng, Đơn vị, Điểm and Xếp loại first, then the indicators, no STT', () => {
    renderTable([rankingRow(0)]);
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↕↑↓]/g, ''));
    expect(headers).toEqual(['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Giải quyết trực tuyến', 'Thay đổi hạng']);
  });

  it('shows tied units with the same rank, in one rank column', () => {
    renderTable([rankingRow(0, { rank: 1, score: 90 }), rankingRow(1, { rank: 1, score: 90 }), rankingRow(2)]);
    const ranks = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    expect(ranks).toEqual(['1', '1', '3']);
  });

  it("colours score and badge by the class's place in the legend, a rate below target not red", () => {
    const row = rankingRow(0, { rate: 40 });
    renderTable([{ ...row, class: { code: 'WEAK', name: 'Yếu', minScore: 0 } }]);
    expect(screen.getByText('Yếu')).toHaveClass('class-badge', 'class-tone--4');
    expect(screen.getByText('Yếu').closest('tr')?.querySelector('.ranking-score')).toHaveClass('class-tone--4');
    expect(screen.getByText('40,00%').closest('.rate')).toHaveClass('rate--not-met');
  });
});
