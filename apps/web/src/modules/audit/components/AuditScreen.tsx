import { Fragment, useId, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { AuditEntriesQuery as AuditEntriesData } from '../../../generated/graphql';
import { ApiTokensQuery } from '../../api-tokens';
import { ListFooter } from '../../../foundation/ui/components/ListFooter';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { AuditEntriesQuery } from '../graphql/queries/audit-entries';
import { entityLabel } from '../utils/audit-diff';
import { AUDIT_PAGE_SIZE, ENTITY_TYPES, isKnownAction, isKnownEntityType } from '../utils/audit-words';
import { AuditDiff } from './AuditDiff';
import './audit.css';

type Entry = AuditEntriesData['auditEntries']['edges'][number]['node'];

/** The audit log, the newest first, filtered by entity type; each entry opens to its before → after values. */
export function AuditScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const filterId = useId();
  const [entityType, setEntityType] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AuditEntriesQuery, {
    variables: { entityType: entityType || null, first: AUDIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  // Entries made through a token name it; the list is short and admins may read it.
  const tokens = useQuery(ApiTokensQuery);
  const tokenNames = useMemo(
    () => new Map((tokens.data?.apiTokens ?? []).map((token) => [token.id, token.name])),
    [tokens.data],
  );
  const connection = data?.auditEntries;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const endCursor = connection?.pageInfo.endCursor;

  const actorOf = (entry: Entry) => {
    if (entry.actor) return entry.actor.name;
    if (entry.apiTokenId) {
      const name = tokenNames.get(entry.apiTokenId);
      return name ? t('audit.apiToken', { name: `“${name}”` }) : t('audit.unknownToken');
    }
    return t('audit.system');
  };
  const actionOf = (action: string) => (isKnownAction(action) ? t(`audit.actions.${action}`) : action);
  const typeOf = (type: string) => (isKnownEntityType(type) ? t(`audit.entityTypes.${type}`) : type);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="audit-title">
      <PageHeader titleId="audit-title" title={t('audit.title')} intro={t('audit.intro')} />
      <div className="audit-toolbar">
        <div className="field">
          <label htmlFor={filterId}>{t('audit.entityType')}</label>
          <select id={filterId} value={entityType} onChange={(event) => setEntityType(event.target.value)}>
            <option value="">{t('audit.allTypes')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entityTypes.${type}`)}
              </option>
            ))}
          </select>
        </div>
        {connection && (
          <p className="muted audit-toolbar__count">{t('audit.count', { count: connection.totalCount })}</p>
        )}
      </div>
      <LoadedList
        data={connection}
        error={error}
        onRetry={refetch}
        empty={!entries.length}
        emptyTitle={entityType ? t('audit.emptyFiltered') : t('audit.empty')}
      >
        {(connection) => (
          <div className="table-wrap">
            <table className="data-table audit-table">
              <caption className="visually-hidden">{t('audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.columns.at')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.entity')}</th>
                  <th scope="col">{t('audit.columns.details')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const expanded = open.has(entry.id);
                  const at = format.dateTime(entry.at);
                  // A token's later entries (revoked) carry no name: the token list knows it.
                  const label =
                    entityLabel(entry.before, entry.after) ??
                    (entry.entityType === 'ApiToken' ? (tokenNames.get(entry.entityId) ?? null) : null);
                  const words = { action: actionOf(entry.action), entity: typeOf(entry.entityType), at };
                  return (
                    <Fragment key={entry.id}>
                      <tr>
                        <td className="audit-table__at">
                          <time dateTime={entry.at}>{at}</time>
                        </td>
                        <td>{entry.actor ? entry.actor.name : <span className="muted">{actorOf(entry)}</span>}</td>
                        <td>{words.action}</td>
                        <td>
                          {words.entity}
                          {label ? <span className="audit-table__label"> · {label}</span> : null}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button--small"
                            aria-expanded={expanded}
                            aria-controls={`audit-diff-${entry.id}`}
                            aria-label={t(expanded ? 'audit.hideDiffLabel' : 'audit.showDiffLabel', words)}
                            onClick={() => toggle(entry.id)}
                          >
                            {expanded ? t('audit.hideDiff') : t('audit.showDiff')}
                          </button>
                        </td>
                      </tr>
                      <tr id={`audit-diff-${entry.id}`} className="audit-table__details" hidden={!expanded}>
                        <td colSpan={5}>{expanded && <AuditDiff before={entry.before} after={entry.after} />}</td>
                      </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
            <ListFooter
              shown={entries.length}
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
    </section>
  );
}
