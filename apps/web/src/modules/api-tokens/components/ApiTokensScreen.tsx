import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ApiTokenFieldsFragment } from '../../../generated/graphql';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { ApiTokensQuery } from '../graphql/queries/api-tokens';
import { hasExpired } from '../utils/expiry';
import { isScope, scopeKey } from '../utils/scopes';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';
import { RevokeApiTokenDialog } from './RevokeApiTokenDialog';
import './api-tokens.css';

type OpenDialog = { kind: 'create' } | { kind: 'revoke'; token: ApiTokenFieldsFragment };

/** The API tokens, the newest first: scopes, when made, last used and expiring, revoked or not; create and revoke. */
export function ApiTokensScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  // "Last used" moves while the page is away: read again on every visit.
  const { data, error, refetch } = useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');
  const tokens = data?.apiTokens ?? [];
  const now = new Date();

  return (
    <section aria-labelledby="api-tokens-title">
      <PageHeader
        titleId="api-tokens-title"
        title={t('apiTokens.title')}
        intro={t('apiTokens.intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('apiTokens.add')}
          </button>
        }
      />
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      <LoadedList
        data={data}
        error={error}
        onRetry={refetch}
        empty={!tokens.length}
        emptyTitle={t('apiTokens.empty')}
        emptyHint={t('apiTokens.emptyHint')}
      >
        {() => (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('apiTokens.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('apiTokens.columns.name')}</th>
                  <th scope="col">{t('apiTokens.columns.scopes')}</th>
                  <th scope="col">{t('apiTokens.columns.createdAt')}</th>
                  <th scope="col">{t('apiTokens.columns.lastUsedAt')}</th>
                  <th scope="col">{t('apiTokens.columns.expiresAt')}</th>
                  <th scope="col">{t('apiTokens.columns.status')}</th>
                  <th scope="col">{t('apiTokens.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const expired = hasExpired(token.expiresAt, now);
                  const stopped = Boolean(token.revokedAt) || expired;
                  return (
                    <tr key={token.id} className={stopped ? 'user-row--disabled' : undefined}>
                      <th scope="row">{token.name}</th>
                      <td>
                        <ul className="scope-list">
                          {token.scopes.map((scope) => (
                            <li key={scope}>{isScope(scope) ? t(`apiTokens.scopes.${scopeKey(scope)}`) : scope}</li>
                          ))}
                        </ul>
                      </td>
                      <td>{format.dateTime(token.createdAt)}</td>
                      <td>
                        {token.lastUsedAt ? (
                          format.dateTime(token.lastUsedAt)
                        ) : (
                          <span className="muted">{t('apiTokens.neverUsed')}</span>
                        )}
                      </td>
                      <td>
                        {token.expiresAt ? (
                          format.date(token.expiresAt)
                        ) : (
                          <span className="muted">{t('apiTokens.noExpiry')}</span>
                        )}
                      </td>
                      <td>
                        <span className={stopped ? 'badge badge--archived' : 'badge badge--enabled'}>
                          {token.revokedAt
                            ? t('apiTokens.revokedAt', { at: format.dateTime(token.revokedAt) })
                            : expired
                              ? t('apiTokens.expired')
                              : t('apiTokens.active')}
                        </span>
                      </td>
                      <td>
                        {!token.revokedAt && (
                          <button
                            type="button"
                            className="button button--small unit-actions__archive"
                            aria-label={t('apiTokens.revokeLabel', { name: token.name })}
                            onClick={() => setDialog({ kind: 'revoke', token })}
                          >
                            {t('apiTokens.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
      {dialog?.kind === 'create' && (
        <CreateApiTokenDialog
          onClose={(message) => {
            if (message) setNotice(message);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'revoke' && (
        <RevokeApiTokenDialog
          token={dialog.token}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setNotice(message);
            setDialog(null);
          }}
        />
      )}
    </section>
  );
}
