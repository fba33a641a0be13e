import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LogoutMutation } from '../../modules/auth/graphql/mutations/logout';
import { LogoutEverywhereMutation } from '../../modules/auth/graphql/mutations/logout-everywhere';
import { MeQuery } from '../../modules/auth/graphql/queries/me';
import { SESSION_TOKEN_KEY } from '../../foundation/session/session-token';
import { LevelsQuery } from '../../modules/units/graphql/queries/levels';
import { UnitsQuery } from '../../modules/units/graphql/queries/units';
import { ADMIN, CA_MAU, LEVELS, connection } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { AppRoutes } from '../AppRoutes';
import { LANG_STORAGE_KEY } from '../../foundation/i18n/i18n';
import { currentCampaignListMock } from '../../test/campaign-list-mocks';

const signedInMocks = [
  { request: { query: MeQuery }, result: { data: { me: ADMIN } }, maxUsageCount: 3 },
  { request: { query: LevelsQuery }, result: { data: { levels: LEVELS } }, maxUsageCount: 3 },
  {
    request: { query: UnitsQuery, variables: { rootsOnly: true, includeArchived: false, first: 50 } },
    result: { data: { units: connection([CA_MAU]) } },
  },
  currentCampaignListMock(),
];

describe('AppLayout', () => {
  beforeEach(() => window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc'));

  it('shows the signed-in user, their role and the navigation landmarks', async () => {
    renderWithProviders(<AppRoutes />, { route: '/units', mocks: signedInMocks });

    expect(await screen.findByText('Nguyễn Văn Quản')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Người dùng hiện tại: Nguyễn Văn Quản, Quản trị' })).toHaveTextContent(
      'Nguyễn Văn QuảnQuản trị',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đơn vị' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches the interface to English, remembers it and updates <html lang>', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/units', mocks: signedInMocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đơn vị' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');

    await user.selectOptions(screen.getByLabelText('Ngôn ngữ'), 'en');

    expect(screen.getByRole('heading', { level: 1, name: 'Units' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    // The user badge and the admin menu wait for `me`, which a busy machine may answer after the units.
    expect(await screen.findByText('Administrator')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Administration' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Search units')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language remembered from last time', async () => {
    renderWithProviders(<AppRoutes />, { route: '/units', mocks: signedInMocks, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Units' })).toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('en');
  });

  it('logs out on the server, forgets the token and shows the login screen', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/units',
      mocks: [
        ...signedInMocks,
        {
          request: { query: LogoutMutation },
          result: { data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } },
        },
      ],
    });
    await screen.findByText('Nguyễn Văn Quản');

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(screen.queryByText('Nguyễn Văn Quản')).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderWithProviders(<AppRoutes />, { route: '/khong-co', mocks: signedInMocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang Đơn vị' })).toHaveAttribute('href', '/units');
  });

  it('drops a session the server no longer knows (me is null)', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/units',
      mocks: [{ request: { query: MeQuery }, result: { data: { me: null } } }, ...signedInMocks.slice(1)],
    });
    await waitFor(() => expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
  });

  it('signs out on every device only after the confirmation, then shows the login screen', async () => {
    const user = userEvent.setup();
    const everywhere = jest.fn(() => ({
      data: { logout: { __typename: 'LogoutPayload', ok: true, sessionsEnded: 3, userErrors: [] } },
    }));
    renderWithProviders(<AppRoutes />, {
      route: '/units',
      mocks: [...signedInMocks, { request: { query: LogoutEverywhereMutation }, result: everywhere }],
    });
    await screen.findByText('Nguyễn Văn Quản');

    await user.click(screen.getByRole('button', { name: 'Người dùng hiện tại: Nguyễn Văn Quản, Quản trị' }));
    await user.click(screen.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Đăng xuất khỏi mọi thiết bị' });
    expect(dialog).toHaveTextContent('trên máy này và mọi thiết bị khác');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(everywhere).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBe('session-abc');

    expect(screen.getByRole('button', { name: 'Người dùng hiện tại: Nguyễn Văn Quản, Quản trị' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Người dùng hiện tại: Nguyễn Văn Quản, Quản trị' }));
    await user.click(screen.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    const again = screen.getByRole('alertdialog', { name: 'Đăng xuất khỏi mọi thiết bị' });
    await user.click(within(again).getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(everywhere).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
  });
});
