import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { MarkNotificationsReadMutation } from '../graphql/mutations/mark-notifications-read';
import { EmailPreferencesQuery } from '../graphql/queries/email-preferences';
import { NotificationsQuery } from '../graphql/queries/notifications';
import { UnreadNotificationCountQuery } from '../graphql/queries/unread-notification-count';
import { NOTIFICATIONS_SHOWN, NotificationBell } from './NotificationBell';

const notification = (id: string, readAt: string | null, link: string | null = `/webhooks/${id}`) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'WEBHOOK_DISABLED',
  title: `Webhook ${id} đã bị tắt`,
  body: 'Gửi lỗi 20 lần liên tiếp trong hơn 24 giờ.',
  link,
  createdAt: '2026-03-01T02:30:00Z',
  readAt,
});
const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: count } },
});
const listMock = (nodes: ReturnType<typeof notification>[], unread: number) => ({
  request: { query: NotificationsQuery, variables: { first: NOTIFICATIONS_SHOWN } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
      },
      unreadNotificationCount: unread,
    },
  },
});
/** The panel's footer asks for the email choice (EmailPreferenceToggle.spec.tsx). */
const prefsMock = {
  request: { query: EmailPreferencesQuery },
  result: { data: { emailPreferences: { __typename: 'EmailPreferences', reminders: true } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const markMock = (ids: string[] | undefined, unreadCount: number) => ({
  request: { query: MarkNotificationsReadMutation, variables: { input: ids ? { ids } : {} } },
  result: {
    data: {
      markNotificationsRead: {
        __typename: 'MarkNotificationsReadPayload',
        marked: ids?.length ?? 2,
        unreadCount,
        userErrors: [],
      },
    },
  },
});

describe('NotificationBell', () => {
  it('says how many are unread in its name and shows the count', async () => {
    renderWithProviders(<NotificationBell />, { mocks: [countMock(3)] });
    const bell = await screen.findByRole('button', { name: '3 thông báo chưa đọc' });
    expect(bell).toHaveTextContent('3');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so in English, and shows no count when none is unread', async () => {
    renderWithProviders(<NotificationBell />, { mocks: [countMock(1)], lang: 'en' });
    expect(await screen.findByRole('button', { name: '1 unread notification' })).toBeInTheDocument();
  });

  it('opens to the latest, follows one to its link and marks it read', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationBell />, {
      mocks: [
        prefsMock,
        countMock(2),
        listMock([notification('wh-1', null), notification('wh-2', '2026-03-02T00:00:00Z')], 2),
        markMock(['wh-1'], 1),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '2 thông báo chưa đọc' }));
    const panel = screen.getByRole('region', { name: 'Thông báo' });
    const unread = await within(panel).findByRole('button', { name: /Chưa đọc: Webhook wh-1 đã bị tắt/ });
    expect(unread).toHaveTextContent('01/03/2026 09:30');
    expect(within(panel).getByRole('button', { name: /^Webhook wh-2 đã bị tắt/ })).toBeInTheDocument();

    await user.click(unread);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/webhooks/wh-1'));
    expect(await screen.findByRole('button', { name: '1 thông báo chưa đọc' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('marks all read, and then shows no count', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationBell />, {
      mocks: [
        prefsMock,
        countMock(2),
        listMock([notification('wh-1', null), notification('wh-2', null)], 2),
        markMock(undefined, 0),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '2 thông báo chưa đọc' }));
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    const bell = await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' });
    expect(bell).not.toHaveTextContent(/\d/);
    expect(screen.queryByText('Chưa đọc:', { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).not.toBeInTheDocument();
  });

  it('says there is nothing yet, and closes on Escape giving focus back to the bell', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationBell />, { mocks: [countMock(0), listMock([], 0), prefsMock] });
    const bell = await screen.findByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' });
    await user.click(bell);
    expect(await screen.findByText('Chưa có thông báo nào')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });
});
