import { useTranslation } from 'react-i18next';
import { narrowed, type ProposalFilters } from '../utils/proposal-filters';

/** Nothing to show: all decided ("Không còn đề xuất chờ xét"), or nothing matches; either way, a way to see all. */
export function ProposalsEmpty({ filters, onShowAll }: { filters: ProposalFilters; onShowAll: () => void }) {
  const { t } = useTranslation();
  const allDecided = filters.decision === 'PENDING' && !narrowed(filters);
  return (
    <div className="table-wrap state">
      <p className="state__title">
        {allDecided ? t('reviews.workspace.emptyPending') : t('reviews.workspace.emptyFiltered')}
      </p>
      <button type="button" className="button" onClick={onShowAll}>
        {t('reviews.workspace.showAll')}
      </button>
    </div>
  );
}
