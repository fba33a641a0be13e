import { useTranslation } from 'react-i18next';

/** A form dialog's Cancel and Save; Save says it is saving and waits while the form is on its way. */
export function SaveActions({ saving, onCancel, className = 'form-actions' }: { saving: boolean; onCancel: () => void; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </div>
  );
}
