import { screen, within } from '@testing-library/react';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { PeriodCalendar } from './PeriodCalendar';

const rowsOf = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));

describe('PeriodCalendar', () => {
  it('shows each due date and time in the campaign zone: Cà Mau period 11 is due Friday 12/05/2023 16:00', () => {
    renderWithProviders(<PeriodCalendar campaign={caMauCampaign()} />);
    expect(rowsOf()).toEqual([
      ['1', '01/03/2023', '03/03/2023', 'Thứ Sáu 03/03/2023 16:00'],
      ['11', '06/05/2023', '09/05/2023', 'Thứ Sáu 12/05/2023 16:00'],
    ]);
    expect(screen.getByText(/Giờ theo múi giờ Asia\/Ho_Chi_Minh/)).toBeInTheDocument();
  });

  it('uses the campaign zone, not the browser’s: 09:00 UTC is still Friday morning in New York', () => {
    renderWithProviders(<PeriodCalendar campaign={{ ...caMauCampaign(), timeZone: 'America/New_York' }} />, {
      lang: 'en',
    });
    expect(rowsOf()[0]).toEqual(['1', '01/03/2023', '03/03/2023', 'Friday 03/03/2023 04:00']);
  });
});
