import { useEffect, useId } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { useDisclosure } from '../../../foundation/ui/hooks/useDisclosure';
import { EmailPreferenceToggle } from './EmailPreferenceToggle';
import { MarkNotificationsReadMutation } from '../graphql/mutations/mark-notifications-read';
import { NotificationsQuery } from '../graphql/queries/notifications';
import { UnreadNotificationCountQuery } from '../graphql/queries/unread-notification-count';
import { timeAgo } from '../utils/relative-time';
import './notifications.css';

/** The count is asked again this often, and when the window comes back into focus: one small number each time. */
export const UNREAD_POLL_MS = 60_000;
/** How many of the latest notifications the panel shows. */
export const NOTIFICATIONS_SHOWN = 15;

/**
 * The header's bell: the unread count (in its accessible name too), and behind it the latest notifications. A
 * notification followed is marked read; "mark all read" marks the rest. A disclosure: Escape closes and gives focus
 * back to the bell, a click outside closes.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { open, setOpen, containerProps, buttonProps, panelProps } = useDisclosure();
  // A hidden tab does not ask: it asks again as soon as it is looked at (the focus below).
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, {
    pollInterval: UNREAD_POLL_MS,
    skipPollAttempt: () => document.hidden,
  });
  const count = data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  return (
    <div className="notification-bell" {...containerProps}>
      <button
        {...buttonProps}
        className="notification-bell__button"
        aria-label={count ? t('notifications.unreadLabel', { count }) : t('notifications.noneUnread')}
        title={t('notifications.button')}
      >
        <BellIcon />
        {count > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      <div {...panelProps} className="notification-panel">
        {open && <NotificationPanel onFollow={() => setOpen(false)} />}
      </div>
    </div>
  );
}

/** The latest notifications, read each time the panel opens. */
function NotificationPanel({ onFollow }: { onFollow: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const titleId = useId();
  const { data, error, loading } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_SHOWN },
    fetchPolicy: 'network-only',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadMutation, {
    update(cache, { data: answer }, { variables }) {
      const payload = answer?.markNotificationsRead;
      if (!payload || payload.userErrors.length) return;
      const readAt = new Date().toISOString();
      cache.writeQuery({
        query: UnreadNotificationCountQuery,
        data: { unreadNotificationCount: payload.unreadCount },
      });
      const ids = variables?.input.ids;
      const notifications = cache.readQuery({ query: NotificationsQuery, variables: { first: NOTIFICATIONS_SHOWN } });
      for (const edge of notifications?.notifications.edges ?? []) {
        if (edge.node.readAt || (ids && !ids.includes(edge.node.id))) continue;
        cache.modify({
          id: cache.identify({ __typename: 'Notification', id: edge.node.id }),
          fields: { readAt: () => readAt },
        });
      }
    },
  });
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const unread = data ? notifications.some((notification) => !notification.readAt) : false;
  const now = new Date();

  const when = (at: string) => {
    const ago = timeAgo(at, now);
    if (!ago) return format.dateTime(at);
    if (ago.unit === 'now') return t('notifications.justNow');
    return t(ago.unit === 'minutes' ? 'notifications.minutesAgo' : 'notifications.hoursAgo', { count: ago.count });
  };

  const follow = (notification: (typeof notifications)[number]) => {
    if (!notification.readAt)
      void markRead({ variables: { input: { ids: [notification.id] } } }).catch(() => undefined);
    if (notification.link) {
      onFollow();
      void navigate(notification.link);
    }
  };

  return (
    <section aria-labelledby={titleId}>
      <div className="notification-panel__header">
        <h2 id={titleId} className="notification-panel__title">
          {t('notifications.title')}
        </h2>
        {unread && (
          <button
            type="button"
            className="button button--small"
            disabled={marking}
            onClick={() => void markRead({ variables: { input: {} } }).catch(() => undefined)}
          >
            {marking ? t('notifications.markingAllRead') : t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {!data && error ? (
        <p className="notification-panel__state" role="alert">
          {t('notifications.loadError')}
        </p>
      ) : !data && loading ? (
        <p className="notification-panel__state" role="status">
          {t('common.loading')}
        </p>
      ) : notifications.length === 0 ? (
        <div className="notification-panel__state">
          <p className="notification-panel__empty">{t('notifications.empty')}</p>
          <p>{t('notifications.emptyHint')}</p>
        </div>
      ) : (
        <ul className="notification-list">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <button
                type="button"
                className={`notification${notification.readAt ? '' : ' notification--unread'}`}
                onClick={() => follow(notification)}
              >
                <span className="notification__title">
                  {!notification.readAt && (
                    <span className="notification__dot">
                      <span className="visually-hidden">{t('notifications.unread')}: </span>
                    </span>
                  )}
                  {notification.title}
                </span>
                <span className="notification__body">{notification.body}</span>
                <time className="notification__time" dateTime={notification.createdAt}>
                  {when(notification.createdAt)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
      <EmailPreferenceToggle />
    </section>
  );
}

/** A bell drawn in SVG, following the text colour. */
function BellIcon() {
  return (
    <svg className="notification-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
      />
    </svg>
  );
}
