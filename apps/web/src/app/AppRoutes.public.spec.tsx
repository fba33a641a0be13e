import { screen } from '@testing-library/react';
import { mockFetch, scoreboard } from '../modules/public-scoreboard/test/public-fixtures';
import { renderWithProviders } from '../test/render';
import { AppRoutes } from './AppRoutes';

describe('the public scoreboard in the app', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('opens for a visitor with no session: no login, no app header', async () => {
    mockFetch(() => ({ status: 200, body: scoreboard() }));
    renderWithProviders(<AppRoutes />, { route: '/cong-khai/chien-dich-69-ngay-dem-2023' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chiến dịch cao điểm 69 ngày đêm' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/cong-khai/chien-dich-69-ngay-dem-2023');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Đăng nhập' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });
});
