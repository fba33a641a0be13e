import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { CampaignStatusBadge } from './CampaignStatusBadge';

const caMau = (status: 'DRAFT' | 'ACTIVE' | 'CLOSED') => ({
  id: 'c-1',
  status,
  startDate: '2023-03-01',
  endDate: '2023-12-31',
});

describe('CampaignStatusBadge', () => {
  it.each([
    ['2023-02-28', 'Sắp diễn ra'],
    ['2023-03-01', 'Đang diễn ra'],
    ['2023-12-31', 'Đang diễn ra'],
    ['2024-01-01', 'Đã kết thúc — chờ đóng'],
  ])('says where an ACTIVE campaign of 1 Mar–31 Dec 2023 stands on %s: %s', (today, text) => {
    renderWithProviders(<CampaignStatusBadge campaign={caMau('ACTIVE')} today={today} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('keeps a draft and a closed campaign as set, whatever the date', () => {
    renderWithProviders(
      <>
        <CampaignStatusBadge campaign={caMau('DRAFT')} today="2026-12-03" />
        <CampaignStatusBadge campaign={caMau('CLOSED')} today="2023-06-01" />
      </>,
    );
    expect(screen.getByText('Nháp')).toBeInTheDocument();
    expect(screen.getByText('Đã đóng')).toBeInTheDocument();
  });

  it('reads today from the clock when not told: the demo campaign of 2023 has ended by now', () => {
    renderWithProviders(<CampaignStatusBadge campaign={caMau('ACTIVE')} />, { lang: 'en' });
    expect(screen.getByText('Ended — awaiting closing')).toHaveClass('badge--ended');
  });
});
