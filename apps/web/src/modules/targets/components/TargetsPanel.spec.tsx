import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { CAI_NUOC, connection } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { SetTargetsMutation } from '../graphql/mutations/set-targets';
import { TargetUnitsQuery } from '../graphql/queries/target-units';
import { TargetsPanel } from './TargetsPanel';

const campaign = caMauCampaign();
const DAM_DOI = { ...CAI_NUOC, id: 'u-970', code: '970', name: 'Huyện Đầm Dơi' };
const provinceUnits = {
  request: { query: TargetUnitsQuery, variables: { levelKey: 'province', first: 500 } },
  result: { data: { units: connection([]) } },
};
const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

function setTargetsMock(targets: unknown[], result: unknown) {
  return {
    request: {
      query: SetTargetsMutation,
      variables: { input: { campaignId: 'c-1', targetSetKey: 'campaign', version: 7, targets } },
    },
    result: { data: { setTargets: result } },
  };
}

const cell = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });

describe('TargetsPanel', () => {
  it('saves only the changed cells, in one setTargets with the set version, after a pasted block', async () => {
    const user = userEvent.setup();
    const onReload = jest.fn().mockResolvedValue(undefined);
    const saved = { ...campaign.targetSets[0], version: 8 };
    renderWithProviders(<TargetsPanel campaign={campaign} canManage onReload={onReload} />, {
      mocks: [
        provinceUnits,
        setTargetsMock(
          [
            { indicatorCode: 'ONLINE_RESOLUTION', levelKey: 'district', value: 72.5 },
            { indicatorCode: 'DIGITIZATION', levelKey: 'district', value: 70 },
            { indicatorCode: 'ONLINE_PAYMENT', levelKey: 'district', value: 35 },
          ],
          { __typename: 'SetTargetsPayload', changed: 3, targetSet: saved, userErrors: [] },
        ),
      ],
    });
    const province = cell('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Cấp tỉnh');
    expect(province).toHaveValue('80');

    // Row 1 repeats the saved 80 (no change); row 2 is new, with a Vietnamese decimal comma.
    const clipboardData = { getData: () => '80\t\t\n72,5\t70\t35\n' };
    fireEvent.paste(province, { clipboardData });
    expect(screen.getByText('3 ô chưa lưu')).toBeInTheDocument();
    expect(cell('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Cấp huyện')).toHaveValue('72,5');

    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));

    expect(await screen.findByText('Đã lưu 3 chỉ tiêu.')).toBeInTheDocument();
    expect(screen.getByText('Không có thay đổi')).toBeInTheDocument();
  });

  it('moves down with the arrow key and flags a cell that is not a number', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TargetsPanel campaign={campaign} canManage onReload={jest.fn()} />, {
      mocks: [provinceUnits],
    });
    await user.click(cell('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Cấp tỉnh'));
    await user.keyboard('{ArrowDown}');
    const district = cell('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Cấp huyện');
    expect(district).toHaveFocus();
    await user.clear(district);
    await user.type(district, 'abc');
    expect(district).toHaveAttribute('aria-invalid', 'true');
    expect(district).toHaveAccessibleDescription('Không phải là số.');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Có 1 ô không hợp lệ.');
  });

  it('says someone else saved first (STALE), keeps the typed cell and reloads on request', async () => {
    const user = userEvent.setup();
    const onReload = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<TargetsPanel campaign={campaign} canManage onReload={onReload} />, {
      mocks: [
        provinceUnits,
        setTargetsMock([{ indicatorCode: 'ONLINE_PAYMENT', levelKey: 'commune', value: 30 }], {
          __typename: 'SetTargetsPayload',
          changed: 0,
          targetSet: null,
          userErrors: [userError('STALE', ['input', 'version'], 'stale')],
        }),
      ],
    });
    await user.type(cell('Tỷ lệ thanh toán trực tuyến – Cấp xã'), '30');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bộ chỉ tiêu vừa được người khác lưu.');
    expect(cell('Tỷ lệ thanh toán trực tuyến – Cấp xã')).toHaveValue('30');
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('searches every level only once the typing pauses: no unfiltered list of all levels in between', async () => {
    const user = userEvent.setup();
    const everyLevelUnfiltered = jest.fn(() => ({ data: { units: connection([]) } }));
    renderWithProviders(<TargetsPanel campaign={campaign} canManage onReload={jest.fn()} />, {
      mocks: [
        provinceUnits,
        { request: { query: TargetUnitsQuery, variables: { first: 500 } }, result: everyLevelUnfiltered },
        {
          request: { query: TargetUnitsQuery, variables: { search: 'dam doi', first: 500 } },
          result: { data: { units: connection([{ ...DAM_DOI }]) } },
        },
      ],
    });
    await user.type(screen.getByLabelText('Tìm đơn vị'), 'dam doi');
    expect(screen.getByLabelText('Cấp')).toHaveValue('');
    const damDoi = await screen.findByRole('textbox', {
      name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Huyện Đầm Dơi',
    });
    expect(damDoi).toHaveValue('75');
    expect(everyLevelUnfiltered).not.toHaveBeenCalled();
  });

  it('puts a refused entry back on its cell, found by its index in the list sent', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TargetsPanel campaign={campaign} canManage onReload={jest.fn()} />, {
      mocks: [
        provinceUnits,
        {
          request: { query: TargetUnitsQuery, variables: { levelKey: 'district', first: 500 } },
          result: { data: { units: connection([{ ...DAM_DOI }]) } },
        },
        setTargetsMock(
          [
            { indicatorCode: 'DIGITIZATION', levelKey: 'province', value: 80 },
            { indicatorCode: 'ONLINE_RESOLUTION', unitId: 'u-970', value: null },
          ],
          {
            __typename: 'SetTargetsPayload',
            changed: 0,
            targetSet: null,
            userErrors: [userError('ARCHIVED_UNIT', ['input', 'targets', '1', 'unitId'], 'archived')],
          },
        ),
      ],
    });
    await user.type(cell('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC – Cấp tỉnh'), '80');
    await user.selectOptions(screen.getByLabelText('Cấp'), 'district');
    // Đầm Dơi has its own 75 (marked, with a clear button); Cái Nước-like cells show the level default greyed.
    const damDoi = await screen.findByRole('textbox', {
      name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Huyện Đầm Dơi',
    });
    expect(damDoi).toHaveValue('75');
    await user.click(
      screen.getByRole('button', { name: 'Bỏ chỉ tiêu riêng: Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Huyện Đầm Dơi' }),
    );
    // Without its own target the unit follows the district default, shown greyed.
    expect(
      screen.getByRole('textbox', {
        name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Huyện Đầm Dơi, đang theo mặc định cấp 70%',
      }),
    ).toHaveAttribute('placeholder', '70');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('1 ô bị từ chối'));
    const cleared = screen.getByRole('textbox', { name: /Tỷ lệ hồ sơ TTHC giải quyết trực tuyến – Huyện Đầm Dơi/ });
    expect(cleared).toHaveAttribute('aria-invalid', 'true');
    expect(cleared).toHaveAccessibleDescription('Đơn vị đã lưu trữ nên không giao chỉ tiêu được.');
  });
});
