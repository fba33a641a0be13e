import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import type { SaveFeedback } from '../hooks/useSaveTargets';

export interface TargetSaveBarProps {
  dirtyCount: number;
  saving: boolean;
  feedback: SaveFeedback;
  pasteNote: string;
  onSave: () => void;
  onDiscard: () => void;
  onReload: () => void;
}

/** Stays in view above the grids: how many cells are unsaved, the one save, and what the last save said. */
export function TargetSaveBar({
  dirtyCount,
  saving,
  feedback,
  pasteNote,
  onSave,
  onDiscard,
  onReload,
}: TargetSaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="target-save-bar">
      <div className="target-save-bar__row">
        <p className={dirtyCount ? 'target-save-bar__count target-save-bar__count--dirty' : 'target-save-bar__count'}>
          {dirtyCount ? t('targets.dirtyCount', { count: dirtyCount }) : t('targets.noChanges')}
        </p>
        <div className="target-save-bar__actions">
          <button type="button" className="button" onClick={onDiscard} disabled={!dirtyCount || saving}>
            {t('targets.discard')}
          </button>
          <button type="button" className="button button--primary" onClick={onSave} disabled={!dirtyCount || saving}>
            {saving ? t('common.saving') : t('targets.save')}
          </button>
        </div>
      </div>
      <p className="notice" role="status">
        {[feedback.notice, pasteNote].filter(Boolean).join(' ')}
      </p>
      {feedback.stale && (
        <div className="form-errors stale" role="alert">
          <p>{t('targets.stale')}</p>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('targets.reload')}
          </button>
        </div>
      )}
      <FormErrors messages={feedback.general} />
    </div>
  );
}
