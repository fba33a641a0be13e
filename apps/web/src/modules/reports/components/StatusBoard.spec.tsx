import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { PERIOD_5, statusBoard } from '../../../test/report-fixtures';
import { renderWithProviders } from '../../../test/render';
import { ReportStatusBoardQuery } from '../graphql/queries/report-status-board';
import { ReportStatusChangedSubscription } from '../graphql/subscriptions/report-status-changed';
import { StatusBoard } from './StatusBoard';

const campaign = caMauCampaign({
  status: 'ACTIVE',
  periods: [{ index: 1, startDate: '2023-03-01', endDate: '2023-03-03', dueAt: '2023-03-03T09:00:00.000Z' }, PERIOD_5],
});

function boardMock(variables: { levelKey?: string | null; status?: string | null }, board = statusBoard()) {
  return {
    request: {
      query: ReportStatusBoardQuery,
      variables: { campaignId: 'c-1', period: 5, levelKey: null, status: null, ...variables },
    },
    result: { data: { reportStatusBoard: board } },
  };
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));

describe('StatusBoard', () => {
  it('opens on the last period already due, with the counts per level, the units and the remind list', async () => {
    renderWithProviders(<StatusBoard campaign={campaign} canManage />, { mocks: [boardMock({})] });
    expect(screen.getByLabelText('Kỳ báo cáo')).toHaveValue('5');
    expect(screen.getByText('Hạn nộp Thứ Sáu 31/03/2023 16:00')).toBeInTheDocument();

    const summary = await screen.findByRole('table', { name: 'Số đơn vị theo cấp, kỳ 5' });
    expect(bodyRows(summary)).toEqual([
      ['Cấp huyện', '0', '1', '1', '0', '2'],
      ['Cấp xã', '0', '0', '1', '0', '1'],
      ['Tất cả', '0', '1', '2', '0', '3'],
    ]);
    const units = screen.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    expect(bodyRows(units)).toEqual([
      ['1', 'Huyện Đầm Dơi', '970', 'Cấp huyện', 'Trễ hạn', '03/04/2023 09:00', '2'],
      ['2', 'Huyện Năm Căn', '973', 'Cấp huyện', 'Chưa nộp', '', ''],
      ['3', 'Xã Tân Tiến', '32248', 'Cấp xã', 'Chưa nộp', '', ''],
    ]);
    const remind = screen.getByRole('list', { name: 'Đơn vị cần nhắc (2)' });
    expect(
      within(remind)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Huyện Năm Căn', 'Xã Tân Tiến']);
  });

  it('filters by level and status on the server, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const missingDistricts = statusBoard(
      statusBoard().rows.filter((row) => row.status === 'MISSING' && row.level.key === 'district'),
    );
    renderWithProviders(<StatusBoard campaign={campaign} canManage={false} />, {
      mocks: [
        boardMock({}),
        boardMock(
          { levelKey: 'district' },
          statusBoard(statusBoard().rows.filter((row) => row.level.key === 'district')),
        ),
        boardMock({ levelKey: 'district', status: 'MISSING' }, missingDistricts),
        boardMock({ levelKey: 'district', status: 'ON_TIME' }, statusBoard([])),
      ],
    });
    await screen.findByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    expect(screen.queryByRole('button', { name: 'Nhập số liệu' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Cấp'), 'district');
    await user.selectOptions(screen.getByLabelText('Tình trạng'), 'MISSING');
    const units = screen.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    await waitFor(() =>
      expect(bodyRows(units)).toEqual([['1', 'Huyện Năm Căn', '973', 'Cấp huyện', 'Chưa nộp', '', '']]),
    );

    await user.selectOptions(screen.getByLabelText('Tình trạng'), 'ON_TIME');
    expect(await screen.findByText('Không có đơn vị nào khớp với bộ lọc.')).toBeInTheDocument();
    // The counts per level do not follow the filters.
    expect(bodyRows(screen.getByRole('table', { name: 'Số đơn vị theo cấp, kỳ 5' }))[2]).toEqual([
      'Tất cả',
      '0',
      '1',
      '2',
      '0',
      '3',
    ]);
  });

  it('copies the names of the units to remind, one a line', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StatusBoard campaign={campaign} canManage />, { mocks: [boardMock({})] });
    await user.click(await screen.findByRole('button', { name: 'Sao chép danh sách' }));
    expect(await navigator.clipboard.readText()).toBe('Huyện Năm Căn\nXã Tân Tiến');
    expect(screen.getByText('Đã sao chép 2 tên đơn vị.')).toBeInTheDocument();
  });
  it('asks the board again when a report changed on the server, without a reload', async () => {
    const submitted = statusBoard(
      statusBoard().rows.map((row) =>
        row.unit.code === '973'
          ? { ...row, status: 'LATE' as const, submittedAt: '2023-04-04T02:00:00.000Z', revision: 1 }
          : row,
      ),
    );
    const event = (unitId: string) => ({
      data: {
        reportStatusChanged: {
          __typename: 'ReportStatusChange' as const,
          campaignId: 'c-1',
          period: 5,
          unitId,
          reportCount: 1,
          changedAt: '2023-04-04T02:00:00.000Z',
        },
      },
    });
    const change = {
      request: { query: ReportStatusChangedSubscription, variables: { campaignId: 'c-1' } },
      result: event('u-973'),
      delay: 50,
    };
    renderWithProviders(<StatusBoard campaign={campaign} canManage />, {
      mocks: [boardMock({}), change, boardMock({}, submitted)],
    });
    const units = await screen.findByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    expect(bodyRows(units)[1][4]).toBe('Chưa nộp');
    await waitFor(() => expect(bodyRows(units)[1][4]).toBe('Trễ hạn'), { timeout: 3000 });
  });
});
