import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { AuditEntriesQuery as AuditEntriesData } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ApiTokensQuery } from '../../api-tokens';
import { ReportUnitQuery } from '../../reports';
import { AuditEntriesQuery } from '../graphql/queries/audit-entries';
import { AuditScreen } from './AuditScreen';

type Entry = AuditEntriesData['auditEntries']['edges'][number]['node'] & { __typename: 'AuditEntry' };

const ADMIN_ACTOR = { __typename: 'User' as const, id: 'user-1', name: 'Nguyễn Văn Quản', email: 'admin@camau.demo' };

function entry(partial: Partial<Entry> & Pick<Entry, 'id' | 'action' | 'entityType'>): Entry {
  return {
    __typename: 'AuditEntry',
    at: '2023-03-03T09:05:00Z',
    entityId: `e-${partial.id}`,
    before: null,
    after: null,
    sessionId: null,
    apiTokenId: null,
    actor: null,
    ...partial,
  };
}

const UPDATE_USER = entry({
  id: 'a-3',
  action: 'updateUser',
  entityType: 'User',
  at: '2023-03-03T09:05:00Z',
  actor: ADMIN_ACTOR,
  sessionId: 's-1',
  before: { name: 'Trần Thị Báo', role: 'REPORTER', unitId: 'u-973', disabled: false },
  after: { name: 'Trần Thị Báo', role: 'VIEWER', unitId: null, disabled: true, passwordReset: false, extraFlag: 'x' },
});
const SUBMIT_BY_TOKEN = entry({
  id: 'a-2',
  action: 'submitReport',
  entityType: 'Report',
  at: '2023-03-02T08:00:00Z',
  apiTokenId: 'tok-1',
  after: { period: 1 },
});
const BY_SYSTEM = entry({ id: 'a-1', action: 'importUnits', entityType: 'Unit', at: '2023-03-01T01:00:00Z' });
const OLD_TOKEN = entry({
  id: 'a-0',
  action: 'revokeApiToken',
  entityType: 'ApiToken',
  entityId: 'tok-1',
  at: '2023-02-28T01:00:00Z',
  actor: ADMIN_ACTOR,
  after: { revokedAt: '2023-02-28T01:00:00Z' },
});

function page(entries: Entry[], { hasNextPage = false, totalCount = entries.length } = {}) {
  return {
    auditEntries: {
      __typename: 'AuditEntryConnection' as const,
      totalCount,
      edges: entries.map((node) => ({ __typename: 'AuditEntryEdge' as const, cursor: `c-${node.id}`, node })),
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: entries.length ? `c-${entries[entries.length - 1].id}` : null,
      },
    },
  };
}

const entriesMock = (
  variables: Record<string, unknown>,
  entries: Entry[],
  options?: { hasNextPage?: boolean; totalCount?: number },
) => ({
  request: { query: AuditEntriesQuery, variables: { entityType: null, first: 50, ...variables } },
  result: { data: page(entries, options) },
});
const tokensMock = {
  request: { query: ApiTokensQuery },
  result: {
    data: {
      apiTokens: [
        {
          __typename: 'ApiToken',
          id: 'tok-1',
          name: 'Cổng dịch vụ công tỉnh',
          scopes: ['write:reports'],
          createdAt: '2023-02-28T01:00:00Z',
          lastUsedAt: null,
          revokedAt: null,
        },
      ],
    },
  },
};

const damDoiMock = {
  request: { query: ReportUnitQuery, variables: { id: 'u-973' } },
  result: {
    data: {
      unit: {
        __typename: 'Unit',
        id: 'u-973',
        code: '973',
        name: 'Huyện Đầm Dơi',
        archived: false,
        level: { __typename: 'Level', id: 'l-2', key: 'district', name: 'Cấp huyện' },
      },
    },
  },
};

describe('AuditScreen', () => {
  it('names who acted — a user, an API token or the system — in Vietnamese, newest first, and pages on', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditScreen />, {
      mocks: [
        tokensMock,
        entriesMock({}, [UPDATE_USER, SUBMIT_BY_TOKEN, BY_SYSTEM], { hasNextPage: true, totalCount: 4 }),
        entriesMock({ after: 'c-a-1' }, [OLD_TOKEN], { totalCount: 4 }),
      ],
    });

    const rows = await screen.findAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(rows[1]).slice(0, 4)).toEqual([
      '03/03/2023 16:05',
      'Nguyễn Văn Quản',
      'Sửa người dùng',
      'Người dùng · Trần Thị Báo',
    ]);
    expect(await screen.findByText('Mã truy cập API “Cổng dịch vụ công tỉnh”')).toBeInTheDocument();
    expect(screen.getByText('Nộp báo cáo')).toBeInTheDocument();
    const system = screen.getByText('Hệ thống').closest('tr') as HTMLElement;
    expect(within(system).getByText('Nhập đơn vị')).toBeInTheDocument();
    expect(screen.getByText('4 mục')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    // A revocation records no name; the token list supplies it.
    const revoked = (await screen.findByText('Thu hồi mã truy cập API')).closest('tr') as HTMLElement;
    expect(cells(revoked).slice(0, 4)).toEqual([
      '28/02/2023 08:00',
      'Nguyễn Văn Quản',
      'Thu hồi mã truy cập API',
      'Mã truy cập API · Cổng dịch vụ công tỉnh',
    ]);
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('opens an entry to its before → after values in words (role, unit name, Có/Không), the changed fields highlighted', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditScreen />, { mocks: [tokensMock, entriesMock({}, [UPDATE_USER]), damDoiMock] });

    const toggle = await screen.findByRole('button', {
      name: 'Xem thay đổi: Sửa người dùng Người dùng lúc 03/03/2023 16:05',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: 'Giá trị trước và sau' })).not.toBeInTheDocument();
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const diff = screen.getByRole('table', { name: 'Giá trị trước và sau' });
    const role = within(diff).getByRole('rowheader', { name: 'Vai trò (đã đổi)' }).closest('tr') as HTMLElement;
    expect(role).toHaveClass('audit-diff__row--changed');
    const name = within(diff).getByRole('rowheader', { name: 'Tên' }).closest('tr') as HTMLElement;
    expect(name).not.toHaveClass('audit-diff__row--changed');
    const values = () =>
      within(diff)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));
    // The unit's name arrives from the server; until then its id stands in.
    await within(diff).findByText('Huyện Đầm Dơi');
    expect(values()).toEqual([
      ['Tên', 'Trần Thị Báo', 'Trần Thị Báo'],
      ['Vai trò (đã đổi)', 'Cán bộ báo cáo', 'Người xem'],
      ['Đơn vị (đã đổi)', 'Huyện Đầm Dơi', '(trống)'],
      ['Đã khóa (đã đổi)', 'Không', 'Có'],
      ['Đặt lại mật khẩu (đã đổi)', '(trống)', 'Không'],
      ['extraFlag (đã đổi)', '(trống)', 'x'],
    ]);

    await user.click(screen.getByRole('button', { name: /^Ẩn thay đổi/ }));
    expect(screen.queryByRole('table', { name: 'Giá trị trước và sau' })).not.toBeInTheDocument();
  });

  it('asks the server for one entity type when filtered, and says when there is none', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditScreen />, {
      mocks: [tokensMock, entriesMock({}, [UPDATE_USER, BY_SYSTEM]), entriesMock({ entityType: 'Review' }, [])],
    });
    await screen.findByText('Sửa người dùng');

    await user.selectOptions(screen.getByLabelText('Loại đối tượng'), 'Review');

    expect(await screen.findByText('Chưa có thay đổi nào với loại đối tượng này.')).toBeInTheDocument();
    expect(screen.queryByText('Sửa người dùng')).not.toBeInTheDocument();
  });

  it('says when the log cannot be loaded', async () => {
    renderWithProviders(<AuditScreen />, {
      mocks: [
        tokensMock,
        {
          request: { query: AuditEntriesQuery, variables: { entityType: null, first: 50 } },
          result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bạn không có quyền thực hiện thao tác này.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
