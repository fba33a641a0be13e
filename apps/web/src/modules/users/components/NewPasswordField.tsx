import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../../foundation/ui/components/TextField';

/**
 * A password being set (a new account's, or a reset): the policy is its hint, and the browser may offer to generate
 * one.
 */
export function NewPasswordField(props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'hint'>) {
  const { t } = useTranslation();
  return <TextField {...props} type="password" autoComplete="new-password" hint={t('users.form.passwordPolicy')} />;
}
