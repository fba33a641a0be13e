import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { LoginMutation } from '../graphql/mutations/login';
import { MeQuery } from '../graphql/queries/me';
import { storeSessionToken } from '../../../foundation/session/session-token';
import './auth.css';

const FIELDS = ['email', 'password'] as const;
type LoginField = (typeof FIELDS)[number];

export function LoginForm() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SplitUserErrors<LoginField>>({ byField: {}, general: [] });
  const [login, { loading }] = useMutation(LoginMutation);
  const describe = useDescribeUserError();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setErrors({ byField: {}, general: [] });
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      if (payload?.token && payload.user) {
        // A new session starts from an empty cache, with `me` already known so the header shows at once.
        await client.clearStore();
        client.writeQuery({ query: MeQuery, data: { me: payload.user } });
        // LoginCard sees the session start and takes the visitor back where they were going.
        storeSessionToken(payload.token);
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const nothingSaid = !split.general.length && !Object.keys(split.byField).length;
      setErrors(nothingSaid ? { byField: {}, general: [t('auth.failed')] } : split);
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <form className="login-form" onSubmit={onSubmit} aria-busy={loading} noValidate>
      <FormErrors messages={errors.general} />
      <div className="field">
        <label htmlFor="login-email">{t('auth.email')}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...invalidProps('login-email', errors.byField.email)}
        />
        <FieldError inputId="login-email" messages={errors.byField.email} />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t('auth.password')}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...invalidProps('login-password', errors.byField.password)}
        />
        <FieldError inputId="login-password" messages={errors.byField.password} />
      </div>
      <button type="submit" className="button button--primary login-form__submit" disabled={loading}>
        {loading ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
