import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Role, UserRowFragment } from '../../../generated/graphql';
import { UnitPicker, type UnitOption } from '../../units';
import { FieldError, fieldErrorId } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { SelectField } from '../../../foundation/ui/components/SelectField';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateUserMutation } from '../graphql/mutations/create-user';
import { UpdateUserMutation } from '../graphql/mutations/update-user';
import { UsersQuery } from '../graphql/queries/users';
import { ROLES } from '../utils/constants';
import { userChanges } from '../utils/user-form';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['email', 'name', 'role', 'unitId', 'password'] as const;
type UserField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<UserField> = { byField: {}, general: [] };

export interface UserFormDialogProps {
  /** Absent: a new account. */
  user?: UserRowFragment;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Create an account (email, name, role, unit, password) or edit one (name, role, unit); errors beside their field. */
export function UserFormDialog({ user, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('users');
  const [email, setEmail] = useState('');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'REPORTER');
  const [unit, setUnit] = useState<UnitOption | null>(user?.unit ?? null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const client = useApolloClient();
  const [createUser, created] = useMutation(CreateUserMutation);
  const [updateUser, updated] = useMutation(UpdateUserMutation);
  const saving = created.loading || updated.loading;

  const save = async () => {
    if (!user) {
      const { data } = await createUser({
        variables: { input: { email: email.trim(), name: name.trim(), role, unitId: unit?.id ?? null, password } },
      });
      return data?.createUser;
    }
    const { data } = await updateUser({
      variables: { input: userChanges(user, { name, role, unitId: unit?.id ?? null }) },
    });
    return data?.updateUser;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    try {
      const payload = await save();
      if (payload?.user && !payload.userErrors.length) {
        // A new account takes its place by email: the list is read again (an edit updates its row in the cache).
        if (!user) void client.refetchQueries({ include: [UsersQuery] }).catch(() => undefined);
        onSaved(t(user ? 'users.form.updated' : 'users.form.created', { name: payload.user.name }));
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const hasFieldErrors = Object.keys(split.byField).length > 0;
      const general = split.general.length
        ? split.general
        : [t(hasFieldErrors ? 'users.form.errorSummary' : 'common.unexpectedError')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const { byField } = errors;
  const unitRequired = role === 'REPORTER';
  return (
    <Modal title={t(user ? 'users.form.editTitle' : 'users.form.createTitle')} onClose={onClose}>
      <form className="unit-form user-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
        <FormErrors messages={errors.general} />
        {user ? (
          <p className="user-form__email">
            <span className="field__label">{t('users.form.email')}</span> {user.email}
          </p>
        ) : (
          <TextField
            id="user-email"
            type="email"
            label={t('users.form.email')}
            value={email}
            onChange={setEmail}
            errors={byField.email}
            required
            autoFocus
          />
        )}
        <TextField
          id="user-name"
          label={t('users.form.name')}
          value={name}
          onChange={setName}
          errors={byField.name}
          required
          autoFocus={Boolean(user)}
        />
        <SelectField
          id="user-role"
          label={t('users.form.role')}
          hint={t('users.form.roleHint')}
          value={role}
          onChange={(value) => setRole(value as Role)}
          errors={byField.role}
          required
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <UnitPicker
            id="user-unit"
            label={unitRequired ? `${t('users.form.unit')} (${t('common.required')})` : t('users.form.unit')}
            hint={t(unitRequired ? 'users.form.unitHint' : 'users.form.unitOptionalHint')}
            placeholder={t('users.form.noUnit')}
            clearLabel={t('users.form.clearUnit')}
            value={unit}
            onChange={setUnit}
            invalid={Boolean(byField.unitId)}
            describedBy={byField.unitId ? fieldErrorId('user-unit') : undefined}
          />
          <FieldError inputId="user-unit" messages={byField.unitId} />
        </div>
        {!user && (
          <NewPasswordField
            id="user-password"
            label={t('users.form.password')}
            value={password}
            onChange={setPassword}
            errors={byField.password}
            required
          />
        )}
        <SaveActions saving={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
