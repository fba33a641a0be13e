import { useTranslation } from 'react-i18next';
import './ListFooter.css';

/** Under a paged table: how many of how many are shown, and the next page while there is one. */
export function ListFooter({
  shown,
  total,
  onLoadMore,
  loadingMore,
}: {
  shown: number;
  total: number;
  onLoadMore: (() => void) | null;
  loadingMore: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="list-footer">
      <span className="muted">{t('common.shownOf', { shown, total })}</span>
      {onLoadMore && (
        <button type="button" className="button button--small" disabled={loadingMore} onClick={onLoadMore}>
          {loadingMore ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
