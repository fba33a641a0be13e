import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiTokenFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { CreateApiTokenMutation } from '../graphql/mutations/create-api-token';
import { RevokeApiTokenMutation } from '../graphql/mutations/revoke-api-token';
import { ApiTokensQuery } from '../graphql/queries/api-tokens';
import { earliestExpiryDate } from '../utils/expiry';
import { ApiTokensScreen } from './ApiTokensScreen';

type Row = ApiTokenFieldsFragment & { __typename: 'ApiToken' };

const PORTAL: Row = {
  __typename: 'ApiToken',
  id: 'tok-1',
  name: 'Cổng dịch vụ công tỉnh',
  scopes: ['read:rankings'],
  createdAt: '2023-03-01T02:30:00Z',
  lastUsedAt: '2023-03-03T09:05:00Z',
  revokedAt: null,
  expiresAt: '2099-12-30T17:00:00.000Z',
};
const OLD: Row = {
  __typename: 'ApiToken',
  id: 'tok-0',
  name: 'Ứng dụng cũ',
  scopes: ['read:units', 'write:reports'],
  createdAt: '2023-02-01T01:00:00Z',
  lastUsedAt: null,
  revokedAt: '2023-02-20T10:00:00Z',
  expiresAt: null,
};
const NEW: Row = {
  __typename: 'ApiToken',
  id: 'tok-2',
  name: 'Hệ thống báo cáo',
  scopes: ['read:units'],
  createdAt: '2023-03-05T03:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
  expiresAt: null,
};
const LAPSED: Row = { ...NEW, id: 'tok-3', name: 'Ứng dụng thử', expiresAt: '2023-03-09T17:00:00.000Z' };
const SECRET = 'thidua_0123456789abcdef0123456789abcdef_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

const tokensMock = (tokens: Row[]) => ({ request: { query: ApiTokensQuery }, result: { data: { apiTokens: tokens } } });
const userError = (code: string, field: string[] | null, message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

describe('ApiTokensScreen', () => {
  it('lists tokens with their scopes in Vietnamese, dates, "chưa dùng" and the revoked one without a revoke button', async () => {
    renderWithProviders(<ApiTokensScreen />, { mocks: [tokensMock([PORTAL, OLD])] });

    const portal = (await screen.findByRole('rowheader', { name: 'Cổng dịch vụ công tỉnh' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(portal).getByText('Đọc xếp hạng')).toBeInTheDocument();
    expect(within(portal).getByText('01/03/2023 09:30')).toBeInTheDocument();
    expect(within(portal).getByText('03/03/2023 16:05')).toBeInTheDocument();
    expect(within(portal).getByText('Đang dùng')).toBeInTheDocument();
    expect(within(portal).getByRole('button', { name: 'Thu hồi mã Cổng dịch vụ công tỉnh' })).toBeInTheDocument();

    const old = screen.getByRole('rowheader', { name: 'Ứng dụng cũ' }).closest('tr') as HTMLElement;
    expect(within(old).getByText('Đọc đơn vị')).toBeInTheDocument();
    expect(within(old).getByText('Nộp báo cáo')).toBeInTheDocument();
    expect(within(old).getByText('chưa dùng')).toBeInTheDocument();
    expect(within(old).getByText('Đã thu hồi 20/02/2023 17:00')).toBeInTheDocument();
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says there are no tokens yet', async () => {
    renderWithProviders(<ApiTokensScreen />, { mocks: [tokensMock([])] });
    expect(await screen.findByText('Chưa có mã truy cập nào')).toBeInTheDocument();
  });

  it('shows the new secret once — read-only, copyable, with a warning and a curl example — and forgets it on close', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensScreen />, {
      mocks: [
        tokensMock([PORTAL]),
        {
          request: {
            query: CreateApiTokenMutation,
            variables: { input: { name: 'Hệ thống báo cáo', scopes: ['read:units'] } },
          },
          result: {
            data: { createApiToken: { __typename: 'ApiTokenPayload', apiToken: NEW, token: SECRET, userErrors: [] } },
          },
        },
        tokensMock([NEW, PORTAL]),
      ],
    });
    await screen.findByRole('rowheader', { name: 'Cổng dịch vụ công tỉnh' });

    await user.click(screen.getByRole('button', { name: 'Tạo mã truy cập' }));
    const form = screen.getByRole('dialog', { name: 'Tạo mã truy cập API' });
    await user.type(within(form).getByLabelText('Tên ứng dụng'), 'Hệ thống báo cáo');
    const readUnits = within(form).getByRole('checkbox', { name: /Đọc đơn vị/ });
    expect(readUnits).toHaveAccessibleDescription('Xem các cấp và danh sách đơn vị.');
    await user.click(readUnits);
    await user.click(within(form).getByRole('button', { name: 'Tạo mã' }));

    const shown = await screen.findByRole('dialog', { name: 'Mã truy cập đã tạo' });
    const secret = within(shown).getByLabelText('Mã truy cập của “Hệ thống báo cáo”');
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveAttribute('readonly');
    expect(within(shown).getByRole('alert')).toHaveTextContent('Mã chỉ hiện một lần');
    expect(within(shown).getByText(/authorization: Bearer thidua_0123/)).toHaveTextContent(
      `curl -s ${window.location.origin}/graphql`,
    );

    await user.click(within(shown).getByRole('button', { name: 'Sao chép' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(shown).getByText('Đã sao chép mã vào bộ nhớ tạm.')).toBeInTheDocument();
    // The list behind the dialog already has the new token (without its secret).
    expect(await screen.findByRole('rowheader', { name: 'Hệ thống báo cáo' })).toBeInTheDocument();

    await user.click(within(shown).getByRole('button', { name: 'Tôi đã lưu mã, đóng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET.slice(-20));
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
  });

  it('shows a missing name and no scope beside their fields, and creates nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensScreen />, {
      mocks: [
        tokensMock([PORTAL]),
        {
          request: { query: CreateApiTokenMutation, variables: { input: { name: '', scopes: [] } } },
          result: {
            data: {
              createApiToken: {
                __typename: 'ApiTokenPayload',
                apiToken: null,
                token: null,
                userErrors: [
                  userError('REQUIRED', ['input', 'name'], 'The name must not be empty.'),
                  userError('REQUIRED', ['input', 'scopes'], 'A token needs at least one scope.'),
                ],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Tạo mã truy cập' }));
    const form = screen.getByRole('dialog', { name: 'Tạo mã truy cập API' });
    await user.click(within(form).getByRole('button', { name: 'Tạo mã' }));

    await waitFor(() => expect(within(form).getByLabelText('Tên ứng dụng')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByRole('group', { name: 'Quyền' })).toHaveAccessibleDescription(
      'Không được để trống; mã cần ít nhất một quyền.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Chưa tạo được. Vui lòng sửa các lỗi bên dưới.');
    expect(screen.queryByRole('dialog', { name: 'Mã truy cập đã tạo' })).not.toBeInTheDocument();
  });

  it('revokes a token after the confirmation and shows it revoked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensScreen />, {
      mocks: [
        tokensMock([PORTAL]),
        {
          request: { query: RevokeApiTokenMutation, variables: { input: { id: 'tok-1' } } },
          result: {
            data: {
              revokeApiToken: {
                __typename: 'ApiTokenPayload',
                apiToken: { ...PORTAL, revokedAt: '2023-03-06T01:00:00Z' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Thu hồi mã Cổng dịch vụ công tỉnh' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Thu hồi mã truy cập' });
    expect(dialog).toHaveTextContent('sẽ bị từ chối ngay từ lần gọi tiếp theo');
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));

    expect(await screen.findByText('Đã thu hồi mã Cổng dịch vụ công tỉnh.')).toBeInTheDocument();
    expect(screen.getByText('Đã thu hồi 06/03/2023 08:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Thu hồi mã/ })).not.toBeInTheDocument();
  });

  it('shows each expiry as dd/MM/yyyy, "Không hết hạn" when there is none, and an expired token as such', async () => {
    renderWithProviders(<ApiTokensScreen />, { mocks: [tokensMock([PORTAL, NEW, LAPSED])] });
    const portal = (await screen.findByRole('rowheader', { name: 'Cổng dịch vụ công tỉnh' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(portal).getByText('31/12/2099')).toBeInTheDocument();
    expect(within(portal).getByText('Đang dùng')).toBeInTheDocument();
    const open = screen.getByRole('rowheader', { name: 'Hệ thống báo cáo' }).closest('tr') as HTMLElement;
    expect(within(open).getByText('Không hết hạn')).toBeInTheDocument();
    const lapsed = screen.getByRole('rowheader', { name: 'Ứng dụng thử' }).closest('tr') as HTMLElement;
    expect(within(lapsed).getByText('10/03/2023')).toBeInTheDocument();
    expect(within(lapsed).getByText('Đã hết hạn')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Hết hạn từ' })).toBeInTheDocument();
  });

  it('sends the picked expiry date as 0:00 of that day in Việt Nam, and shows a refused one beside the field', async () => {
    const user = userEvent.setup();
    const input = { name: 'Cổng tạm', scopes: ['read:units'], expiresAt: '2099-12-30T17:00:00.000Z' };
    renderWithProviders(<ApiTokensScreen />, {
      mocks: [
        tokensMock([PORTAL]),
        {
          request: { query: CreateApiTokenMutation, variables: { input } },
          result: {
            data: {
              createApiToken: {
                __typename: 'ApiTokenPayload',
                apiToken: null,
                token: null,
                userErrors: [userError('EXPIRY_IN_PAST', ['input', 'expiresAt'], 'A token must expire in the future.')],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Tạo mã truy cập' }));
    const form = screen.getByRole('dialog', { name: 'Tạo mã truy cập API' });
    await user.type(within(form).getByLabelText('Tên ứng dụng'), 'Cổng tạm');
    await user.click(within(form).getByRole('checkbox', { name: /Đọc đơn vị/ }));
    const expiry = within(form).getByLabelText('Ngày hết hạn');
    expect(expiry).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(expiry).toHaveAccessibleDescription(/Không bắt buộc/);
    // A day before the earliest allowed is refused by the field itself, not sent.
    const [y, m, d] = earliestExpiryDate(new Date()).split('-').map(Number);
    const dayBefore = new Date(y, m - 1, d - 1);
    await user.type(expiry, `${dayBefore.getDate()}/${dayBefore.getMonth() + 1}/${dayBefore.getFullYear()}`);
    await user.click(within(form).getByRole('button', { name: 'Tạo mã' }));
    expect(expiry).toHaveAccessibleDescription(/Chọn ngày từ .* trở đi\./);
    await user.clear(expiry);
    await user.type(expiry, '31/12/2099');
    await user.click(within(form).getByRole('button', { name: 'Tạo mã' }));

    await waitFor(() => expect(expiry).toHaveAttribute('aria-invalid', 'true'));
    expect(expiry).toHaveAccessibleDescription(expect.stringContaining('Ngày hết hạn phải sau hôm nay.'));
  });
});
