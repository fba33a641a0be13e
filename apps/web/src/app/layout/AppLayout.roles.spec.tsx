import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { Role } from '../../generated/graphql';
import { MeQuery } from '../../modules/auth/graphql/queries/me';
import { SESSION_TOKEN_KEY } from '../../foundation/session/session-token';
import { CA_MAU_2023, currentCampaignListMock } from '../../test/campaign-list-mocks';
import { ADMIN } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { AppLayout } from './AppLayout';

const TEST_CAMPAIGN = {
  id: 'c-9',
  name: 'Chiến dịch thử nghiệm',
  startDate: '2024-01-01',
  endDate: '2024-01-31',
  status: 'DRAFT' as const,
};

/** The layout alone around a stand-in page: every query it sends is the header's. */
function renderHeader(role: Role, route = '/units', campaigns = [TEST_CAMPAIGN, CA_MAU_2023]) {
  return renderWithProviders(
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="*" element={<p>Trang</p>} />
      </Route>
    </Routes>,
    {
      route,
      mocks: [
        { request: { query: MeQuery }, result: { data: { me: { ...ADMIN, role } } } },
        currentCampaignListMock(campaigns),
      ],
    },
  );
}

const nav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });
const navLinks = () =>
  within(nav())
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the header for each role', () => {
  beforeEach(() => window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc'));

  it('gives an administrator every entry and the "Quản trị" menu', async () => {
    renderHeader('ADMIN');
    expect(await within(nav()).findByRole('button', { name: 'Quản trị' })).toBeInTheDocument();
    expect(navLinks()).toEqual(['Nộp báo cáo', 'Chiến dịch', 'Xếp hạng', 'Chỉ số', 'Đơn vị']);
  });

  it.each<Role>(['BOARD', 'VIEWER'])('does not offer "Nộp báo cáo" nor the admin menu to %s', async (role) => {
    renderHeader(role);
    expect(await screen.findByRole('link', { name: /^Đang theo dõi:/ })).toBeInTheDocument();
    expect(navLinks()).toEqual(['Chiến dịch', 'Xếp hạng', 'Chỉ số', 'Đơn vị']);
    expect(screen.queryByRole('button', { name: 'Quản trị' })).not.toBeInTheDocument();
  });

  it('offers a reporter "Nộp báo cáo" but no admin menu', async () => {
    renderHeader('REPORTER');
    expect(await within(nav()).findByRole('link', { name: 'Nộp báo cáo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Quản trị' })).not.toBeInTheDocument();
  });

  it('names the campaign being followed, the ACTIVE one rather than a newer draft, and links to its overview', async () => {
    renderHeader('VIEWER');
    const link = await screen.findByRole('link', { name: 'Đang theo dõi: Chiến dịch cao điểm 69 ngày đêm' });
    expect(link).toHaveAttribute('href', '/campaigns/c-1');
    expect(link).toHaveAttribute('title', 'Chiến dịch cao điểm 69 ngày đêm');
  });

  it('follows the campaign the user picked last, remembered in this browser', async () => {
    window.localStorage.setItem('thidua.campaign.user-1', 'c-9');
    renderHeader('ADMIN');
    expect(await screen.findByRole('link', { name: 'Đang theo dõi: Chiến dịch thử nghiệm' })).toHaveAttribute(
      'href',
      '/campaigns/c-9',
    );
  });

  it('names no campaign when there is none', async () => {
    renderHeader('ADMIN', '/units', []);
    expect(await within(nav()).findByRole('button', { name: 'Quản trị' })).toBeInTheDocument();
    expect(screen.queryByText('Đang theo dõi:')).not.toBeInTheDocument();
  });

  it('highlights "Xếp hạng", not "Chiến dịch", on a campaign\'s rankings', async () => {
    renderHeader('BOARD', '/campaigns/c-1/rankings');
    const rankings = await within(nav()).findByRole('link', { name: 'Xếp hạng' });
    expect(rankings).toHaveAttribute('aria-current', 'page');
    expect(within(nav()).getByRole('link', { name: 'Chiến dịch' })).not.toHaveAttribute('aria-current');
  });

  it('puts the navigation and the account behind one "Menu" button that says whether it is open', async () => {
    const user = userEvent.setup();
    renderHeader('ADMIN');
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(menu).toContainElement(nav());
    expect(menu).toContainElement(screen.getByRole('button', { name: 'Đăng xuất' }));

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('shell__menu--open');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
