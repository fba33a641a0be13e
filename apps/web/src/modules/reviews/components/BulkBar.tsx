import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../generated/graphql';

/** "Chọn tất cả đang hiện" and the selection's two decisions, each asked once in a dialog. */
export function BulkBar({
  shown,
  selected,
  onSelectAll,
  onClear,
  onDecide,
}: {
  shown: number;
  selected: number;
  onSelectAll: (select: boolean) => void;
  onClear: () => void;
  onDecide: (decision: Exclude<Decision, 'PENDING'>) => void;
}) {
  const { t } = useTranslation();
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = selected > 0 && selected < shown;
  }, [selected, shown]);

  return (
    <div className="bulk-bar" role="group" aria-label={t('reviews.workspace.bulk')}>
      <label className="chip">
        <input
          ref={all}
          type="checkbox"
          checked={shown > 0 && selected === shown}
          onChange={(event) => onSelectAll(event.target.checked)}
        />
        {t('reviews.workspace.selectAllShown', { count: shown })}
      </label>
      {selected > 0 && (
        <>
          <span className="bulk-bar__count">{t('reviews.workspace.selected', { count: selected })}</span>
          <button type="button" className="button button--small decision-approve" onClick={() => onDecide('APPROVED')}>
            {t('reviews.workspace.bulkApprove', { count: selected })}
          </button>
          <button type="button" className="button button--small decision-reject" onClick={() => onDecide('REJECTED')}>
            {t('reviews.workspace.bulkReject', { count: selected })}
          </button>
          <button type="button" className="button button--small button--ghost" onClick={onClear}>
            {t('reviews.workspace.clearSelection')}
          </button>
        </>
      )}
    </div>
  );
}
