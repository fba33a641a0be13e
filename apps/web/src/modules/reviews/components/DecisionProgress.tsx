import { useTranslation } from 'react-i18next';

/** "x/y đã xét" as a bar, and what is left as a button that shows only the pending proposals. */
export function DecisionProgress({
  decided,
  total,
  onShowPending,
}: {
  decided: number;
  total: number;
  onShowPending: () => void;
}) {
  const { t } = useTranslation();
  const pending = total - decided;
  return (
    <div className="decision-progress">
      <progress value={decided} max={Math.max(total, 1)} aria-label={t('reviews.workspace.progressLabel')} />
      <span className="decision-progress__count">{t('reviews.proposalCount', { decided, total })}</span>
      {pending > 0 ? (
        <button type="button" className="button button--small link-button" onClick={onShowPending}>
          {t('reviews.screen.pendingCount', { count: pending })}
        </button>
      ) : (
        <span>{t('reviews.screen.allDecided')}</span>
      )}
    </div>
  );
}
