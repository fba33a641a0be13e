import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { UserRowFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { CreateUserMutation } from '../graphql/mutations/create-user';
import { SignOutUserMutation } from '../graphql/mutations/sign-out-user';
import { UpdateUserMutation } from '../graphql/mutations/update-user';
import { UsersQuery } from '../graphql/queries/users';
import { UsersScreen } from './UsersScreen';

type Row = UserRowFragment & { __typename: 'User' };

function userRow(partial: Partial<UserRowFragment> & Pick<UserRowFragment, 'id' | 'email' | 'name' | 'role'>): Row {
  return { __typename: 'User', disabled: false, unit: null, ...partial } as Row;
}

const ADMIN = userRow({ id: 'user-1', email: 'admin@camau.demo', name: 'Nguyễn Văn Quản', role: 'ADMIN' });
const REPORTER = userRow({
  id: 'user-2',
  email: 'baocao@camau.demo',
  name: 'Trần Thị Báo',
  role: 'REPORTER',
  unit: { __typename: 'Unit', id: 'u-973', code: '973', name: 'Huyện Đầm Dơi' } as UserRowFragment['unit'],
});
const VIEWER = userRow({ id: 'user-3', email: 'xem@camau.demo', name: 'Lê Văn Xem', role: 'VIEWER', disabled: true });

function page(users: Row[], { hasNextPage = false, totalCount = users.length } = {}) {
  return {
    users: {
      __typename: 'UserConnection' as const,
      totalCount,
      edges: users.map((node) => ({ __typename: 'UserEdge' as const, cursor: `c-${node.id}`, node })),
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: users.length ? `c-${users[users.length - 1].id}` : null,
      },
    },
  };
}

const usersMock = (users: Row[], options?: { hasNextPage?: boolean; totalCount?: number }, after?: string) => ({
  request: { query: UsersQuery, variables: after ? { first: 50, after } : { first: 50 } },
  result: { data: page(users, options) },
});

const userError = (code: string, field: string[] | null, message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

describe('UsersScreen', () => {
  it('lists accounts with their role in Vietnamese, unit and status, and loads the next page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN, REPORTER], { hasNextPage: true, totalCount: 3 }),
        usersMock([VIEWER], { totalCount: 3 }, 'c-user-2'),
      ],
    });

    const reporter = (await screen.findByRole('rowheader', { name: 'Trần Thị Báo' })).closest('tr') as HTMLElement;
    expect(within(reporter).getByText('baocao@camau.demo')).toBeInTheDocument();
    expect(within(reporter).getByText('Cán bộ báo cáo')).toBeInTheDocument();
    expect(within(reporter).getByText('Huyện Đầm Dơi')).toBeInTheDocument();
    expect(within(reporter).getByText('Đang hoạt động')).toBeInTheDocument();
    // The administrator is marked as the viewer and cannot disable themself from here.
    const self = screen.getByRole('rowheader', { name: 'Nguyễn Văn Quản (bạn)' }).closest('tr') as HTMLElement;
    expect(within(self).getByText('Quản trị')).toBeInTheDocument();
    expect(within(self).queryByRole('button', { name: /^Khóa/ })).not.toBeInTheDocument();
    expect(screen.getByText('Đang hiện 2 / 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));

    const viewer = (await screen.findByRole('rowheader', { name: 'Lê Văn Xem' })).closest('tr') as HTMLElement;
    expect(within(viewer).getByText('Người xem')).toBeInTheDocument();
    expect(within(viewer).getByText('Đã khóa')).toBeInTheDocument();
    expect(within(viewer).getByRole('button', { name: 'Mở khóa tài khoản Lê Văn Xem' })).toBeInTheDocument();
    expect(screen.getByText('Đang hiện 3 / 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('reads in English when English is chosen', async () => {
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [usersMock([ADMIN, REPORTER, VIEWER])],
      lang: 'en',
    });
    const reporter = (await screen.findByRole('rowheader', { name: 'Trần Thị Báo' })).closest('tr') as HTMLElement;
    expect(within(reporter).getByText('Reporter')).toBeInTheDocument();
    expect(within(reporter).getByRole('button', { name: 'Disable the account of Trần Thị Báo' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(screen.getByText('Disabled')).toBeInTheDocument();
  });

  it('says there are no users yet', async () => {
    renderWithProviders(<UsersScreen />, { mocks: [usersMock([])] });
    expect(await screen.findByText('Chưa có người dùng nào')).toBeInTheDocument();
  });

  it('says the caller may not see the list when the server answers FORBIDDEN', async () => {
    renderWithProviders(<UsersScreen />, {
      mocks: [
        {
          request: { query: UsersQuery, variables: { first: 50 } },
          result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu.');
    expect(alert).toHaveTextContent('Bạn không có quyền thực hiện thao tác này.');
  });

  it('shows a reporter without a unit and a weak password beside their fields, and keeps the dialog open', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN]),
        {
          request: {
            query: CreateUserMutation,
            variables: {
              input: {
                email: 'moi@camau.demo',
                name: 'Phạm Văn Mới',
                role: 'REPORTER',
                unitId: null,
                password: 'ngan1',
              },
            },
          },
          result: {
            data: {
              createUser: {
                __typename: 'UserPayload',
                user: null,
                userErrors: [
                  userError(
                    'WEAK_PASSWORD',
                    ['input', 'password'],
                    'The password must be at least 10 characters long.',
                  ),
                  userError('UNIT_REQUIRED', ['input', 'unitId'], 'A reporter needs the unit it reports for.'),
                ],
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('rowheader', { name: /Nguyễn Văn Quản/ });

    await user.click(screen.getByRole('button', { name: 'Thêm người dùng' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm người dùng' });
    expect(within(dialog).getByLabelText('Email')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Email'), 'moi@camau.demo');
    await user.type(within(dialog).getByLabelText('Họ và tên'), 'Phạm Văn Mới');
    expect(within(dialog).getByLabelText('Vai trò')).toHaveValue('REPORTER');
    const password = within(dialog).getByLabelText('Mật khẩu');
    expect(password).toHaveAccessibleDescription('Ít nhất 10 ký tự, có cả chữ cái và chữ số.');
    await user.type(password, 'ngan1');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(
      'Mật khẩu quá yếu: cần ít nhất 10 ký tự, có cả chữ cái và chữ số. Ít nhất 10 ký tự, có cả chữ cái và chữ số.',
    );
    const unit = within(dialog).getByRole('combobox', { name: 'Đơn vị (bắt buộc)' });
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Cán bộ báo cáo cần có đơn vị mà họ nộp báo cáo.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    expect(within(dialog).getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('edits only the role that changed and shows the row with its new role', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN, REPORTER]),
        {
          request: { query: UpdateUserMutation, variables: { input: { id: 'user-2', role: 'VIEWER' } } },
          result: {
            data: { updateUser: { __typename: 'UserPayload', user: { ...REPORTER, role: 'VIEWER' }, userErrors: [] } },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Sửa Trần Thị Báo' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa người dùng' });
    expect(within(dialog).getByText('baocao@camau.demo')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Họ và tên')).toHaveValue('Trần Thị Báo');
    expect(within(dialog).getByRole('combobox', { name: 'Đơn vị (bắt buộc)' })).toHaveValue('Huyện Đầm Dơi (973)');
    await user.selectOptions(within(dialog).getByLabelText('Vai trò'), 'VIEWER');
    expect(within(dialog).getByRole('combobox', { name: 'Đơn vị' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu người dùng Trần Thị Báo.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'Trần Thị Báo' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Người xem')).toBeInTheDocument();
  });

  it('disables an account only after the confirmation, then shows it disabled', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN, REPORTER]),
        {
          request: { query: UpdateUserMutation, variables: { input: { id: 'user-2', disabled: true } } },
          result: {
            data: { updateUser: { __typename: 'UserPayload', user: { ...REPORTER, disabled: true }, userErrors: [] } },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Khóa tài khoản Trần Thị Báo' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Khóa tài khoản' });
    expect(dialog).toHaveTextContent('Người này sẽ bị đăng xuất ngay');
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Khóa' }));

    expect(await screen.findByText('Đã khóa tài khoản của Trần Thị Báo.')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'Trần Thị Báo' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Đã khóa')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Mở khóa tài khoản Trần Thị Báo' })).toBeInTheDocument();
  });

  it('signs a user out of every session only after the confirmation, and says how many ended', async () => {
    const user = userEvent.setup();
    const signOut = jest.fn(() => ({
      data: { signOutUser: { __typename: 'SignOutUserPayload', sessionsEnded: 3, userErrors: [] } },
    }));
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN, REPORTER, VIEWER]),
        { request: { query: SignOutUserMutation, variables: { input: { userId: 'user-2' } } }, result: signOut },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất mọi phiên của Trần Thị Báo' }));
    // Not offered for oneself (the header's "sign out everywhere" is for that) nor for a disabled account.
    const self = screen.getByRole('rowheader', { name: 'Nguyễn Văn Quản (bạn)' }).closest('tr') as HTMLElement;
    expect(within(self).queryByRole('button', { name: /Đăng xuất mọi phiên/ })).not.toBeInTheDocument();
    const disabled = screen.getByRole('rowheader', { name: 'Lê Văn Xem' }).closest('tr') as HTMLElement;
    expect(within(disabled).queryByRole('button', { name: /Đăng xuất mọi phiên/ })).not.toBeInTheDocument();

    const dialog = screen.getByRole('alertdialog', { name: 'Đăng xuất mọi phiên' });
    expect(dialog).toHaveTextContent('Đăng xuất Trần Thị Báo (baocao@camau.demo) khỏi mọi thiết bị?');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(signOut).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Đăng xuất mọi phiên của Trần Thị Báo' }));
    const again = screen.getByRole('alertdialog', { name: 'Đăng xuất mọi phiên' });
    await user.click(within(again).getByRole('button', { name: 'Đăng xuất mọi phiên' }));

    expect(await screen.findByText('Đã đăng xuất Trần Thị Báo khỏi 3 phiên.')).toBeInTheDocument();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('resets a password and shows a weak one beside the field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersScreen currentUserId="user-1" />, {
      mocks: [
        usersMock([ADMIN, REPORTER]),
        {
          request: { query: UpdateUserMutation, variables: { input: { id: 'user-2', password: 'chiconchu' } } },
          result: {
            data: {
              updateUser: {
                __typename: 'UserPayload',
                user: null,
                userErrors: [
                  userError(
                    'WEAK_PASSWORD',
                    ['input', 'password'],
                    'The password needs at least one letter and one digit.',
                  ),
                ],
              },
            },
          },
        },
        {
          request: { query: UpdateUserMutation, variables: { input: { id: 'user-2', password: 'chiconchu2026' } } },
          result: { data: { updateUser: { __typename: 'UserPayload', user: REPORTER, userErrors: [] } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Đặt lại mật khẩu của Trần Thị Báo' }));
    const dialog = screen.getByRole('dialog', { name: 'Đặt lại mật khẩu' });
    expect(dialog).toHaveTextContent('Mọi phiên đăng nhập hiện có của người này sẽ kết thúc');
    const password = within(dialog).getByLabelText('Mật khẩu mới');
    expect(password).toHaveFocus();
    await user.type(password, 'chiconchu');
    await user.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    expect(
      await within(dialog).findByText('Mật khẩu quá yếu: cần ít nhất 10 ký tự, có cả chữ cái và chữ số.'),
    ).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await user.type(password, '2026');
    await user.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    expect(
      await screen.findByText('Đã đặt lại mật khẩu của Trần Thị Báo; các phiên đăng nhập cũ đã kết thúc.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
