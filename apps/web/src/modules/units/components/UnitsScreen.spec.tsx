import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAI_NUOC, CA_MAU, LEVELS, TP_CA_MAU, connection, unitRow } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ArchiveUnitMutation } from '../graphql/mutations/archive-unit';
import { CreateUnitMutation } from '../graphql/mutations/create-unit';
import { ImportUnitsMutation } from '../graphql/mutations/import-units';
import { LevelsQuery } from '../graphql/queries/levels';
import { UnitsQuery } from '../graphql/queries/units';
import { UnitsScreen } from './UnitsScreen';

const levelsMock = { request: { query: LevelsQuery }, result: { data: { levels: LEVELS } } };
const levelsAgain = { ...levelsMock, maxUsageCount: 5 };

function rootsMock(units = [CA_MAU]) {
  return {
    request: { query: UnitsQuery, variables: { rootsOnly: true, includeArchived: false, first: 50 } },
    result: { data: { units: connection(units) } },
  };
}

const userError = (code: string, field: string[] | null, message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

describe('UnitsScreen', () => {
  it('shows the roots and loads the children of Tỉnh Cà Mau when it is opened', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        {
          request: { query: UnitsQuery, variables: { parentId: CA_MAU.id, includeArchived: false, first: 50 } },
          result: { data: { units: connection([TP_CA_MAU, CAI_NUOC], { hasNextPage: true, totalCount: 28 }) } },
        },
      ],
    });

    const province = await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });
    expect(province).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Huyện Cái Nước')).not.toBeInTheDocument();

    await user.click(province);

    expect(province).toHaveAttribute('aria-expanded', 'true');
    const district = await screen.findByRole('button', { name: 'Huyện Cái Nước' });
    expect(district).toHaveAttribute('aria-expanded', 'false');
    const row = district.closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('970')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Cấp huyện')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải thêm đơn vị trực thuộc Tỉnh Cà Mau' })).toBeInTheDocument();
    expect(screen.getByText('Đang hiện 2 / 28')).toBeInTheDocument();

    // Closing hides the children again; the expand button is a real button, reachable by keyboard.
    province.focus();
    await user.keyboard('{Enter}');
    expect(province).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Huyện Cái Nước')).not.toBeInTheDocument();
  });

  it('says there are no units yet when the tree is empty', async () => {
    renderWithProviders(<UnitsScreen canManage />, { mocks: [levelsMock, rootsMock([])] });
    expect(await screen.findByText('Chưa có đơn vị nào')).toBeInTheDocument();
  });

  it('lists search results flat, each with its parent, after the typing stops', async () => {
    const user = userEvent.setup();
    const caiNuocCommune = unitRow({ id: 'u-32200', code: '32200', name: 'Thị trấn Cái Nước' }, 2, CAI_NUOC);
    renderWithProviders(<UnitsScreen canManage={false} />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        {
          request: { query: UnitsQuery, variables: { search: 'cai nuoc', includeArchived: false, first: 50 } },
          result: { data: { units: connection([CAI_NUOC, caiNuocCommune]) } },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.type(screen.getByLabelText('Tìm đơn vị'), 'cai nuoc');

    expect(await screen.findByText('Tìm thấy 2 đơn vị')).toBeInTheDocument();
    const commune = screen.getByRole('rowheader', { name: 'Thị trấn Cái Nước' }).closest('tr') as HTMLElement;
    expect(within(commune).getByText('Huyện Cái Nước')).toBeInTheDocument();
    expect(within(commune).getByText('Cấp xã')).toBeInTheDocument();
    // A reader cannot write: no edit or archive buttons.
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
  });

  it('shows a duplicate code beside the code field when creating a unit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        {
          request: {
            query: CreateUnitMutation,
            variables: { input: { code: '964', name: 'Thành phố Cà Mau', levelKey: 'district', parentId: null } },
          },
          result: {
            data: {
              createUnit: {
                __typename: 'UnitPayload',
                unit: null,
                userErrors: [userError('DUPLICATE_CODE', ['input', 'code'], 'A unit with code "964" already exists.')],
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm đơn vị' });
    const code = within(dialog).getByLabelText('Mã đơn vị');
    expect(code).toHaveFocus();
    await user.type(code, '964');
    await user.type(within(dialog).getByLabelText('Tên đơn vị'), 'Thành phố Cà Mau');
    await within(dialog).findByRole('option', { name: 'Cấp huyện' });
    await user.selectOptions(within(dialog).getByLabelText('Cấp'), 'district');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription('Mã đơn vị này đã được dùng.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    expect(within(dialog).getByLabelText('Tên đơn vị')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('lists every bad row of a refused CSV import with its row, column and reason', async () => {
    const user = userEvent.setup();
    const csv =
      'code,name,levelKey,parentCode\n964,Thành phố Cà Mau,district,96\n,Xã trống,commune,964\n32200,Thị trấn Cái Nước,hamlet,970';
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        {
          request: { query: ImportUnitsMutation, variables: { input: { csv } } },
          result: {
            data: {
              importUnits: {
                __typename: 'ImportUnitsPayload',
                created: 0,
                updated: 0,
                userErrors: [
                  userError('UNKNOWN_LEVEL', ['csv', '4', 'levelKey'], 'There is no level "hamlet".'),
                  userError('REQUIRED', ['csv', '3', 'code'], 'The code must not be empty.'),
                ],
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.click(screen.getByRole('button', { name: 'Nhập dữ liệu CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Nhập đơn vị từ CSV' });
    const textarea = within(dialog).getByLabelText('Nội dung CSV');
    await user.click(textarea);
    await user.paste(csv);
    await user.click(within(dialog).getByRole('button', { name: 'Nhập' }));

    const table = await within(dialog).findByRole('table', { name: 'Các dòng lỗi' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'code', 'Không được để trống.'],
      ['4', 'levelKey', 'Cấp này không tồn tại.'],
    ]);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Không nhập được vì có 2 lỗi. Chưa có dữ liệu nào được ghi.',
    );
  });

  it('says how many units a good CSV import created and updated', async () => {
    const user = userEvent.setup();
    const csv = 'code,name,levelKey,parentCode\n96,Tỉnh Cà Mau,province,';
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        { ...rootsMock(), maxUsageCount: 3 },
        {
          request: { query: ImportUnitsMutation, variables: { input: { csv } } },
          result: {
            data: { importUnits: { __typename: 'ImportUnitsPayload', created: 1234, updated: 1, userErrors: [] } },
          },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.click(screen.getByRole('button', { name: 'Nhập dữ liệu CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Nhập đơn vị từ CSV' });
    await user.click(within(dialog).getByLabelText('Nội dung CSV'));
    await user.paste(csv);
    await user.click(within(dialog).getByRole('button', { name: 'Nhập' }));

    expect(await within(dialog).findByText('Đã nhập: 1.234 đơn vị mới, 1 đơn vị được cập nhật.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });
  it('adds a unit, closes the dialog, says so and shows it in the refetched tree', async () => {
    const user = userEvent.setup();
    const created = unitRow({ id: 'u-97', code: '97', name: 'Tỉnh Bạc Liêu' });
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock([CA_MAU]),
        {
          request: {
            query: CreateUnitMutation,
            variables: { input: { code: '97', name: 'Tỉnh Bạc Liêu', levelKey: 'province', parentId: null } },
          },
          result: {
            data: { createUnit: { __typename: 'UnitPayload', unit: { ...created, parent: null }, userErrors: [] } },
          },
        },
        rootsMock([CA_MAU, created]),
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm đơn vị' });
    await user.type(within(dialog).getByLabelText('Mã đơn vị'), '97');
    await user.type(within(dialog).getByLabelText('Tên đơn vị'), 'Tỉnh Bạc Liêu');
    await within(dialog).findByRole('option', { name: 'Cấp tỉnh' });
    await user.selectOptions(within(dialog).getByLabelText('Cấp'), 'province');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã thêm đơn vị Tỉnh Bạc Liêu.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Tỉnh Bạc Liêu' })).toBeInTheDocument();
    // Focus goes back to the button that opened the dialog.
    expect(screen.getByRole('button', { name: 'Thêm đơn vị' })).toHaveFocus();
  });

  it('asks before archiving and says why a unit with active children cannot be archived', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UnitsScreen canManage />, {
      mocks: [
        levelsAgain,
        rootsMock(),
        {
          request: { query: ArchiveUnitMutation, variables: { input: { id: CA_MAU.id } } },
          result: {
            data: {
              archiveUnit: {
                __typename: 'UnitPayload',
                unit: null,
                userErrors: [
                  userError('HAS_ACTIVE_CHILDREN', ['input', 'id'], 'This unit still has 2 active units under it.'),
                ],
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Tỉnh Cà Mau' });

    await user.click(screen.getByRole('button', { name: 'Lưu trữ Tỉnh Cà Mau' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lưu trữ đơn vị' });
    expect(within(dialog).getByText(/Lưu trữ đơn vị “Tỉnh Cà Mau” \(96\)\?/)).toBeInTheDocument();
    // The safe choice has the focus.
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trữ' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Đơn vị còn đơn vị trực thuộc đang hoạt động.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
