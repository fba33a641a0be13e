import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from './AppRoutes';
import { ADMIN } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { MeQuery } from '../modules/auth/graphql/queries/me';
import { SESSION_TOKEN_KEY } from '../foundation/session/session-token';
import { UsersQuery } from '../modules/users/graphql/queries/users';
import { currentCampaignListMock } from '../test/campaign-list-mocks';

const VIEWER = { ...ADMIN, id: 'user-9', email: 'xem@camau.demo', name: 'Lê Văn Xem', role: 'VIEWER' as const };
const meMock = (me: typeof ADMIN) => ({ request: { query: MeQuery }, result: { data: { me } } });
const emptyUsers = {
  request: { query: UsersQuery, variables: { first: 50 } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: 0,
        edges: [],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
};

describe('the admin-only links and screens', () => {
  beforeEach(() => window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc'));

  it('gives an administrator the users, API tokens and audit log links under the "Quản trị" menu', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/users',
      mocks: [meMock(ADMIN), emptyUsers, currentCampaignListMock()],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Người dùng' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    // Closed, the menu's links are hidden from everyone.
    expect(within(nav).queryByRole('link', { name: 'Người dùng' })).not.toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'Quản trị' }));

    expect(within(nav).getByRole('link', { name: 'Người dùng' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Mã truy cập API' })).toHaveAttribute('href', '/api-tokens');
    expect(within(nav).getByRole('link', { name: 'Nhật ký' })).toHaveAttribute('href', '/audit');
    expect(await screen.findByText('Chưa có người dùng nào')).toBeInTheDocument();
  });

  it('shows a viewer neither the links nor the screen, even at its address: a plain page with the way home', async () => {
    renderWithProviders(<AppRoutes />, { route: '/users', mocks: [meMock(VIEWER), currentCampaignListMock()] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trang này không dành cho vai trò của bạn' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Bạn đăng nhập với vai trò Người xem. Trang này dành cho: Quản trị.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đơn vị' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Quản trị' })).not.toBeInTheDocument();
    // Not merely hidden in a closed menu: not in the page at all.
    expect(screen.queryByText('Người dùng', { ignore: 'h1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Người dùng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mã truy cập API' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nhật ký' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Người dùng' })).not.toBeInTheDocument();
  });
});
