import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { statusBoard } from '../../../test/report-fixtures';
import { StatusRowsTable } from './StatusRowsTable';

describe('StatusRowsTable', () => {
  it('turns into a card per unit on a phone: each cell names its column, the unit heads the card', () => {
    renderWithProviders(
      <StatusRowsTable rows={statusBoard().rows} periodIndex={5} timeZone="Asia/Ho_Chi_Minh" emptyText="Không có" />,
    );
    const table = screen.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    expect(table).toHaveClass('data-table--cards');
    const damDoi = within(table).getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).closest('tr') as HTMLElement;
    const labels = Array.from(damDoi.querySelectorAll('[data-label]')).map((cell) => cell.getAttribute('data-label'));
    expect(labels).toEqual(['Mã', 'Cấp', 'Tình trạng', 'Thời điểm nộp', 'Số lần nộp']);
    // The running number repeats the order of the cards: left out of them.
    expect(damDoi.querySelector('td')).toHaveClass('cards-skip');
    expect(within(damDoi).getByText('Trễ hạn')).toBeInTheDocument();
  });
});
