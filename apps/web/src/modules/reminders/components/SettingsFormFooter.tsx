import { FormErrors } from '../../../foundation/ui/components/FormErrors';

/**
 * The end of a follow-up settings form: the errors that name no field, the save button (for one who may manage)
 * and what became of the last save, announced.
 */
export function SettingsFormFooter({
  formErrors,
  canManage,
  saving,
  saveText,
  savingText,
  notice,
}: {
  formErrors: string[];
  canManage: boolean;
  saving: boolean;
  saveText: string;
  savingText: string;
  notice: string;
}) {
  return (
    <>
      <FormErrors messages={formErrors} />
      {canManage && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? savingText : saveText}
          </button>
        </div>
      )}
      <p className="notice" role="status">
        {notice}
      </p>
    </>
  );
}
