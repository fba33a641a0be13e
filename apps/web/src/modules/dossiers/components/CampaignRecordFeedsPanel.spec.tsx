import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { CAI_NUOC, connection, LEVELS, TP_CA_MAU, unitRow, CA_MAU } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { TargetUnitsQuery } from '../../targets';
import { SetCampaignRecordFeedsMutation } from '../graphql/mutations/set-campaign-record-feeds';
import { CampaignRecordFeedsQuery } from '../graphql/queries/campaign-record-feeds';
import { LevelUnitIdsQuery } from '../graphql/queries/level-unit-ids';
import { CampaignRecordFeedsPanel } from './CampaignRecordFeedsPanel';

const DAM_DOI = unitRow({ id: 'u-971', code: '971', name: 'Huyện Đầm Dơi' }, 1, CA_MAU);
const DISTRICTS = [TP_CA_MAU, CAI_NUOC, DAM_DOI];
// District level first, so that the districts are the rows shown.
const campaign = caMauCampaign({ status: 'ACTIVE', levels: [LEVELS[1], LEVELS[2]] });

const feedsMock = (unitIds: string[]) => ({
  request: { query: CampaignRecordFeedsQuery, variables: { campaignId: 'c-1' } },
  result: { data: { campaignRecordFeeds: unitIds } },
});
const districtsMock = {
  request: { query: TargetUnitsQuery, variables: { levelKey: 'district', first: 500 } },
  result: { data: { units: connection(DISTRICTS) } },
};
const setFeedsMock = (
  unitIds: string[],
  fed: boolean,
  payload: { fedUnitCount: number | null; userErrors: unknown[] },
) => ({
  request: { query: SetCampaignRecordFeedsMutation, variables: { input: { campaignId: 'c-1', unitIds, fed } } },
  result: { data: { setCampaignRecordFeeds: { __typename: 'CampaignRecordFeedsPayload', ...payload } } },
});
const idPage = (ids: string[], endCursor: string | null) => ({
  units: {
    __typename: 'UnitConnection',
    edges: ids.map((id) => ({ __typename: 'UnitEdge', node: { __typename: 'Unit', id } })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
  },
});

const sourceOf = (name: string) => {
  const row = screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;
  return row.cells[row.cells.length - 1]?.textContent;
};

describe('CampaignRecordFeedsPanel', () => {
  it('shows which units of the level take their figures from records and which report by hand', async () => {
    renderWithProviders(<CampaignRecordFeedsPanel campaign={campaign} />, {
      mocks: [feedsMock(['u-970']), districtsMock],
    });

    expect(await screen.findByText('1 đơn vị của chiến dịch đang lấy số liệu từ hồ sơ.')).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'Huyện Đầm Dơi' });
    expect(sourceOf('Huyện Cái Nước')).toBe('Từ hồ sơ');
    expect(sourceOf('Huyện Đầm Dơi')).toBe('Nhập tay');
    expect(screen.getByRole('table', { name: 'Đơn vị cấp huyện và nguồn số liệu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lấy từ hồ sơ' })).toBeDisabled();
  });

  it('feeds the selected units from records and reads the list again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CampaignRecordFeedsPanel campaign={campaign} />, {
      mocks: [
        feedsMock(['u-970']),
        districtsMock,
        setFeedsMock(['u-964', 'u-971'], true, { fedUnitCount: 3, userErrors: [] }),
        feedsMock(['u-964', 'u-970', 'u-971']),
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn Thành phố Cà Mau' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Huyện Đầm Dơi' }));
    expect(screen.getByText('Đã chọn 2 đơn vị')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lấy từ hồ sơ' }));

    expect(await screen.findByText('Đã chuyển 2 đơn vị sang lấy số liệu từ hồ sơ.')).toBeInTheDocument();
    expect(await screen.findByText('3 đơn vị của chiến dịch đang lấy số liệu từ hồ sơ.')).toBeInTheDocument();
    expect(sourceOf('Thành phố Cà Mau')).toBe('Từ hồ sơ');
    expect(sourceOf('Huyện Đầm Dơi')).toBe('Từ hồ sơ');
    expect(screen.getByRole('checkbox', { name: 'Chọn Huyện Đầm Dơi' })).not.toBeChecked();
  });

  it('puts a whole level back to reporting by hand after asking, reading every page of its units', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CampaignRecordFeedsPanel campaign={campaign} />, {
      mocks: [
        feedsMock(['u-964', 'u-970']),
        districtsMock,
        {
          request: { query: LevelUnitIdsQuery, variables: { levelKey: 'district', first: 500 } },
          result: { data: idPage(['u-964', 'u-970'], 'c-970') },
        },
        {
          request: { query: LevelUnitIdsQuery, variables: { levelKey: 'district', first: 500, after: 'c-970' } },
          result: { data: idPage(['u-971'], null) },
        },
        setFeedsMock(['u-964', 'u-970', 'u-971'], false, { fedUnitCount: 0, userErrors: [] }),
        feedsMock([]),
      ],
    });
    await screen.findByRole('rowheader', { name: 'Huyện Cái Nước' });
    await user.click(screen.getByRole('button', { name: 'Nhập tay cho cả cấp huyện' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Chuyển cả cấp về nhập tay?' });
    expect(
      within(dialog).getByText(
        'Mọi đơn vị cấp huyện sẽ tự nộp báo cáo trong chiến dịch này, như trước khi lấy từ hồ sơ.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Nhập tay cho cả cấp huyện' }));

    expect(await screen.findByText('Đã chuyển 3 đơn vị về nhập tay.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await screen.findByText('0 đơn vị của chiến dịch đang lấy số liệu từ hồ sơ.')).toBeInTheDocument();
    expect(sourceOf('Huyện Cái Nước')).toBe('Nhập tay');
  });

  it('says a refusal in words and keeps the selection', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CampaignRecordFeedsPanel campaign={campaign} />, {
      mocks: [
        feedsMock([]),
        districtsMock,
        setFeedsMock(['u-971'], true, {
          fedUnitCount: null,
          userErrors: [
            { __typename: 'UserError', code: 'CAMPAIGN_CLOSED', field: ['input', 'campaignId'], message: 'closed' },
          ],
        }),
        feedsMock([]),
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn Huyện Đầm Dơi' }));
    await user.click(screen.getByRole('button', { name: 'Lấy từ hồ sơ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chiến dịch đã đóng. Hãy mở lại để thay đổi.');
    expect(screen.getByRole('checkbox', { name: 'Chọn Huyện Đầm Dơi' })).toBeChecked();
  });

  it('only shows a closed campaign: no selection, no level switches, no recount', async () => {
    renderWithProviders(<CampaignRecordFeedsPanel campaign={{ ...campaign, status: 'CLOSED' }} />, {
      mocks: [feedsMock(['u-970']), districtsMock],
    });
    expect(await screen.findByText('Chiến dịch đã đóng: không đổi được nguồn số liệu nữa.')).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'Huyện Cái Nước' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /cả cấp huyện/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tính lại số liệu' })).not.toBeInTheDocument();
  });
});
