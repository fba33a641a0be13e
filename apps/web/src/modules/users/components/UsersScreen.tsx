import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../generated/graphql';
import { ListFooter } from '../../../foundation/ui/components/ListFooter';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { UsersQuery } from '../graphql/queries/users';
import { USER_PAGE_SIZE } from '../utils/constants';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SignOutUserDialog } from './SignOutUserDialog';
import { UserFormDialog } from './UserFormDialog';
import { UserStatusDialog } from './UserStatusDialog';
import './users.css';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRowFragment }
  | { kind: 'password'; user: UserRowFragment }
  | { kind: 'status'; user: UserRowFragment }
  | { kind: 'signOut'; user: UserRowFragment };

/**
 * Every account by email: role, unit and status; the administrator adds, edits, disables, resets passwords and ends
 * a user's sessions.
 */
export function UsersScreen({ currentUserId }: { currentUserId?: string }) {
  const { t } = useTranslation();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(UsersQuery, {
    variables: { first: USER_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');
  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];
  const endCursor = connection?.pageInfo.endCursor;
  const done = (message: string) => {
    setNotice(message);
    setDialog(null);
  };

  return (
    <section aria-labelledby="users-title">
      <PageHeader
        titleId="users-title"
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.add')}
          </button>
        }
      />
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      <LoadedList
        data={connection}
        error={error}
        onRetry={refetch}
        empty={!users.length}
        emptyTitle={t('users.empty')}
        emptyHint={t('users.emptyHint')}
      >
        {(connection) => (
          <div className="table-wrap">
            <table className="data-table users-table">
              <caption className="visually-hidden">{t('users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.columns.email')}</th>
                  <th scope="col">{t('users.columns.name')}</th>
                  <th scope="col">{t('users.columns.role')}</th>
                  <th scope="col">{t('users.columns.unit')}</th>
                  <th scope="col">{t('users.columns.status')}</th>
                  <th scope="col">{t('users.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => {
                  const self = user.id === currentUserId;
                  return (
                    <tr key={user.id} className={user.disabled ? 'user-row--disabled' : undefined}>
                      <td className="users-table__email">{user.email}</td>
                      <th scope="row">
                        {user.name} {self && <span className="muted">{t('users.you')}</span>}
                      </th>
                      <td>{t(`roles.${user.role}`)}</td>
                      <td>{user.unit ? user.unit.name : <span className="muted">{t('users.noUnit')}</span>}</td>
                      <td>
                        <span className={user.disabled ? 'badge badge--archived' : 'badge badge--enabled'}>
                          {user.disabled ? t('users.disabled') : t('users.active')}
                        </span>
                      </td>
                      <td>
                        <div className="unit-actions">
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('users.editLabel', { name: user.name })}
                            onClick={() => setDialog({ kind: 'edit', user })}
                          >
                            {t('users.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('users.resetPasswordLabel', { name: user.name })}
                            onClick={() => setDialog({ kind: 'password', user })}
                          >
                            {t('users.resetPassword')}
                          </button>
                          {!self && !user.disabled && (
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={t('users.signOutLabel', { name: user.name })}
                              onClick={() => setDialog({ kind: 'signOut', user })}
                            >
                              {t('users.signOut')}
                            </button>
                          )}
                          {!self && (
                            <button
                              type="button"
                              className={
                                user.disabled ? 'button button--small' : 'button button--small unit-actions__archive'
                              }
                              aria-label={t(user.disabled ? 'users.enableLabel' : 'users.disableLabel', {
                                name: user.name,
                              })}
                              onClick={() => setDialog({ kind: 'status', user })}
                            >
                              {user.disabled ? t('users.enable') : t('users.disable')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <ListFooter
              shown={users.length}
              total={connection.totalCount}
              loadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={
                connection.pageInfo.hasNextPage && endCursor
                  ? () => void fetchMore({ variables: { after: endCursor } }).catch(() => undefined)
                  : null
              }
            />
          </div>
        )}
      </LoadedList>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormDialog
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'password' && (
        <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'status' && (
        <UserStatusDialog user={dialog.user} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'signOut' && (
        <SignOutUserDialog user={dialog.user} onClose={() => setDialog(null)} onDone={done} />
      )}
    </section>
  );
}
