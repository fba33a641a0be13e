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
      legendCodes={['EXCELLENT', 'GOOD']}
      unitHref={(row) => `/u/${row.unit.id}`}
      onDrillDown={() => undefined}
    />,
  );
}

describe('RankingTable', () => {
  // jsdom lays nothing out: give the scrolling region a 600 px window, as a browser would.
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('ranking-scroll') ? 600 : 0;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });

  it('renders only the visible rows of 10.000 units, with spacer rows keeping the scroll height', () => {
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
});
