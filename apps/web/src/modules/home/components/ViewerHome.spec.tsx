import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { BEFORE_DUE, campaignsMock, standingsMock } from '../../../test/home-fixtures';
import { HomeScreen } from './HomeScreen';

const VIEWER = {
  __typename: 'User' as const,
  id: 'user-4',
  email: 'xem@camau.demo',
  name: 'Người xem',
  role: 'VIEWER' as const,
  unit: null,
};

describe('ViewerHome', () => {
  it('leads to the dashboard and shows the standings per level', async () => {
    renderWithProviders(<HomeScreen user={VIEWER} now={BEFORE_DUE} />, { mocks: [campaignsMock(), standingsMock] });

    const dashboard = await screen.findByRole('region', { name: 'Tổng quan chiến dịch' });
    expect(within(dashboard).getByRole('link', { name: 'Mở trang Tổng quan' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/dashboard',
    );
    const standings = await screen.findByRole('region', { name: 'Xếp hạng hiện tại (đến kỳ 11)' });
    expect(within(standings).getByRole('region', { name: /^Cấp huyện/ })).toHaveTextContent('9 đơn vị được xếp hạng');
  });

  it('says there is no campaign yet', async () => {
    renderWithProviders(<HomeScreen user={VIEWER} now={BEFORE_DUE} />, { mocks: [campaignsMock([])] });
    expect(await screen.findByText('Chưa có chiến dịch nào.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tạo chiến dịch' })).not.toBeInTheDocument();
  });
});
