import type { Strings } from './strings';
import type { notificationsVi } from './notifications.vi';

/** English strings of the header's notifications. */
export const notificationsEn: Strings<typeof notificationsVi> = {
  notifications: {
    button: 'Notifications',
    unreadLabel_one: '{{count, number}} unread notification',
    unreadLabel_other: '{{count, number}} unread notifications',
    noneUnread: 'Notifications, none unread',
    title: 'Notifications',
    markAllRead: 'Mark all as read',
    markingAllRead: 'Marking…',
    empty: 'No notifications yet',
    emptyHint: 'When something needs your attention (a webhook disabled after failing, say), it shows here.',
    unread: 'Unread',
    loadError: 'The notifications could not be loaded.',
    justNow: 'just now',
    minutesAgo: '{{count, number}} min ago',
    hoursAgo: '{{count, number}} h ago',
  },
  emailPreferences: {
    reminders: 'Receive report reminders by email',
    hint: 'Reminders still appear in the app when email is off.',
    savedOn: 'Saved: you will receive report reminders by email.',
    savedOff: 'Saved: you will not receive report reminders by email.',
    failed: 'Your choice could not be saved. Please try again.',
  },
};
