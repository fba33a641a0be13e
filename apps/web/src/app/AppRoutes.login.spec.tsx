import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from './AppRoutes';
import { ADMIN } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { LoginMutation } from '../modules/auth/graphql/mutations/login';
import { SESSION_TOKEN_KEY } from '../foundation/session/session-token';
import { currentCampaignListMock } from '../test/campaign-list-mocks';

const input = { email: 'admin@thidua.local', password: 'mat-khau-dung' };

// The home page with no campaign yet: the campaign list (the header's too) is all it asks for.
const homeScreenMocks = [currentCampaignListMock([])];

async function fillAndSubmitWithEnter(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Mật khẩu'), `${password}{Enter}`);
}

describe('LoginForm', () => {
  it('stores the token and goes to the home page when the admin logs in', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { input } },
          result: {
            data: { login: { __typename: 'LoginPayload', token: 'session-abc', user: ADMIN, userErrors: [] } },
          },
        },
        ...homeScreenMocks,
      ],
    });

    await fillAndSubmitWithEnter(input.email, input.password);

    expect(await screen.findByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeInTheDocument();
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBe('session-abc');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    // The header knows the user without asking again.
    expect(screen.getByRole('button', { name: 'Người dùng hiện tại: Nguyễn Văn Quản, Quản trị' })).toHaveTextContent(
      'Nguyễn Văn QuảnQuản trị',
    );
    expect(await screen.findByText('Chưa có chiến dịch nào.')).toBeInTheDocument();
  });

  it('says why a wrong password failed and stays on the login screen', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { input: { ...input, password: 'sai' } } },
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                token: null,
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'INVALID_CREDENTIALS',
                    field: null,
                    message: 'The email or the password is not right.',
                  },
                ],
              },
            },
          },
        },
      ],
    });

    await fillAndSubmitWithEnter(input.email, 'sai');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email hoặc mật khẩu không đúng.');
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  });

  it('says the server cannot be reached on a network error', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login',
      mocks: [{ request: { query: LoginMutation, variables: { input } }, error: new TypeError('Failed to fetch') }],
    });

    await fillAndSubmitWithEnter(input.email, input.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ. Vui lòng thử lại.');
  });

  it('disables the button while the login is on its way', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { input } },
          delay: 400,
          result: {
            data: { login: { __typename: 'LoginPayload', token: 'session-abc', user: ADMIN, userErrors: [] } },
          },
        },
        ...homeScreenMocks,
      ],
    });

    await fillAndSubmitWithEnter(input.email, input.password);

    expect(await screen.findByRole('button', { name: 'Đang đăng nhập…' })).toBeDisabled();
    await waitFor(() => expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBe('session-abc'));
  });

  it('sends a visitor without a session from /units to the login screen', async () => {
    renderWithProviders(<AppRoutes />, { route: '/units' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });
});
