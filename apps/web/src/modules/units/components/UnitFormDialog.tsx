import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UnitRowFragment, UpdateUnitInput } from '../../../generated/graphql';
import { FieldError, fieldErrorId } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { SelectField } from '../../../foundation/ui/components/SelectField';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateUnitMutation } from '../graphql/mutations/create-unit';
import { UpdateUnitMutation } from '../graphql/mutations/update-unit';
import { LevelsQuery } from '../graphql/queries/levels';
import { refetchUnitLists } from '../utils/refetch-unit-lists';
import { UnitPicker, type UnitOption } from './UnitPicker';

const FIELDS = ['code', 'name', 'levelKey', 'parentId'] as const;
type UnitField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<UnitField> = { byField: {}, general: [] };

export interface UnitFormDialogProps {
  /** Absent: a new unit. */
  unit?: UnitRowFragment;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Create or edit a unit: code, name, level and parent. userErrors appear beside the field they name. */
export function UnitFormDialog({ unit, onClose, onSaved }: UnitFormDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const levels = useQuery(LevelsQuery);
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [levelKey, setLevelKey] = useState(unit?.level.key ?? '');
  const [parent, setParent] = useState<UnitOption | null>(unit?.parent ?? null);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [createUnit, created] = useMutation(CreateUnitMutation);
  const [updateUnit, updated] = useMutation(UpdateUnitMutation);
  const saving = created.loading || updated.loading;
  const describe = useDescribeUserError();

  const save = async () => {
    if (!unit) {
      const { data } = await createUnit({
        variables: { input: { code: code.trim(), name: name.trim(), levelKey, parentId: parent?.id ?? null } },
      });
      return data?.createUnit;
    }
    // Only what changed is sent; parentId null makes the unit a root.
    const input: UpdateUnitInput = { id: unit.id, version: unit.version };
    if (code.trim() !== unit.code) input.code = code.trim();
    if (name.trim() !== unit.name) input.name = name.trim();
    if (levelKey !== unit.level.key) input.levelKey = levelKey;
    if ((parent?.id ?? null) !== (unit.parent?.id ?? null)) input.parentId = parent?.id ?? null;
    const { data } = await updateUnit({ variables: { input } });
    return data?.updateUnit;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    try {
      const payload = await save();
      if (payload?.unit && !payload.userErrors.length) {
        refetchUnitLists(client);
        onSaved(t(unit ? 'units.form.updated' : 'units.form.created', { name: payload.unit.name }));
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const hasFieldErrors = Object.keys(split.byField).length > 0;
      let general = split.general;
      if (!general.length) general = [t(hasFieldErrors ? 'units.form.errorSummary' : 'common.unexpectedError')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const { byField } = errors;
  return (
    <Modal title={t(unit ? 'units.form.editTitle' : 'units.form.createTitle')} onClose={onClose}>
      <form className="unit-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          id="unit-code"
          label={t('units.form.code')}
          value={code}
          onChange={setCode}
          errors={byField.code}
          required
          autoFocus
        />
        <TextField
          id="unit-name"
          label={t('units.form.name')}
          value={name}
          onChange={setName}
          errors={byField.name}
          required
        />
        <SelectField
          id="unit-level"
          label={t('units.form.level')}
          value={levelKey}
          onChange={setLevelKey}
          errors={byField.levelKey}
          required
        >
          <option value="">{t('units.form.chooseLevel')}</option>
          {(levels.data?.levels ?? []).map((level) => (
            <option key={level.id} value={level.key}>
              {level.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <UnitPicker
            id="unit-parent"
            label={t('units.form.parent')}
            hint={t('units.form.parentHint')}
            value={parent}
            onChange={setParent}
            excludeId={unit?.id}
            invalid={Boolean(byField.parentId)}
            describedBy={byField.parentId ? fieldErrorId('unit-parent') : undefined}
          />
          <FieldError inputId="unit-parent" messages={byField.parentId} />
        </div>
        <SaveActions saving={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
