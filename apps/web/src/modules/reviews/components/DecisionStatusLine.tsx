import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '../hooks/useDecisions';

/** What the last decision did, said to screen readers as it changes, with its undo beside it. */
export function DecisionStatusLine({ status, onUndo }: { status: DecisionStatus | null; onUndo?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="decision-status">
      <p className="notice" role="status">
        {status && !status.error ? status.message : ''}
      </p>
      {status?.error && (
        <p className="form-errors" role="alert">
          {status.message}
        </p>
      )}
      {status?.undo && onUndo && (
        <button
          type="button"
          className="button button--small"
          aria-label={t('reviews.workspace.undoLastLabel')}
          onClick={onUndo}
        >
          {t('reviews.workspace.undoLast')}
        </button>
      )}
    </div>
  );
}
