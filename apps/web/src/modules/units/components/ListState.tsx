import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import type { UnitList } from '../hooks/useUnitList';

function indentStyle(depth: number) {
  return { paddingLeft: `${0.9 + depth * 1.5}rem` };
}

/** Full-width rows under a list: loading, failed (with retry), empty, or a button for the next page. */
export function ListStateRows({
  list,
  colSpan,
  depth = 0,
  emptyText,
  loadMoreLabel,
}: {
  list: UnitList;
  colSpan: number;
  depth?: number;
  emptyText?: string;
  loadMoreLabel?: string;
}) {
  const { t } = useTranslation();
  if (list.loading) {
    return (
      <tr className="list-state-row">
        <td colSpan={colSpan} style={indentStyle(depth)}>
          <span role="status">{t('common.loading')}</span>
        </td>
      </tr>
    );
  }
  if (list.error) {
    return (
      <tr className="list-state-row">
        <td colSpan={colSpan} style={indentStyle(depth)}>
          <span className="list-state-row__error" role="alert">
            {describeRequestError(list.error, t)}
          </span>{' '}
          <button type="button" className="button button--small" onClick={list.retry}>
            {t('common.retry')}
          </button>
        </td>
      </tr>
    );
  }
  if (!list.units.length && emptyText) {
    return (
      <tr className="list-state-row">
        <td colSpan={colSpan} style={indentStyle(depth)}>
          {emptyText}
        </td>
      </tr>
    );
  }
  if (!list.hasMore) return null;
  return (
    <tr className="list-state-row">
      <td colSpan={colSpan} style={indentStyle(depth)}>
        <button
          type="button"
          className="button button--small"
          onClick={list.loadMore}
          disabled={list.loadingMore}
          aria-label={loadMoreLabel}
        >
          {list.loadingMore ? t('common.loading') : t('common.loadMore')}
        </button>{' '}
        <span className="muted">{t('common.shownOf', { shown: list.units.length, total: list.totalCount })}</span>
      </td>
    </tr>
  );
}
