import { useTranslation } from 'react-i18next';

export interface SaveActionsProps {
  saving: boolean;
  onCancel: () => void;
  /** What the submit button says (Save by default) and says while the form is on its way (Saving…). */
  submitLabel?: string;
  submittingLabel?: string;
  /** Submit also waits on something besides saving (e.g. nothing to choose yet). */
  disabled?: boolean;
  className?: string;
}

/** A form dialog's Cancel and submit; submit says it is working and waits while the form is on its way. */
export function SaveActions({
  saving,
  onCancel,
  submitLabel,
  submittingLabel,
  disabled = false,
  className = 'form-actions',
}: SaveActionsProps) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <button type="button" className="button" onClick={() => onCancel()}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button--primary" disabled={saving || disabled}>
        {saving ? (submittingLabel ?? t('common.saving')) : (submitLabel ?? t('common.save'))}
      </button>
    </div>
  );
}
