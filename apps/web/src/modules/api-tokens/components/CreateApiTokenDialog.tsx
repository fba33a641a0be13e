import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DateField, INVALID_DATE } from '../../../foundation/ui/components/DateField';
import { FieldError, fieldErrorId } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateApiTokenMutation } from '../graphql/mutations/create-api-token';
import { ApiTokensQuery } from '../graphql/queries/api-tokens';
import { earliestExpiryDate, expiryFromDate } from '../utils/expiry';
import { SCOPES, scopeKey, type Scope } from '../utils/scopes';
import { TokenSecret } from './TokenSecret';

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;
type TokenField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<TokenField> = { byField: {}, general: [] };

interface Created {
  name: string;
  token: string;
  scopes: string[];
}

/**
 * Name, scopes and an optional expiry date, then the secret — once. The answer is kept out of Apollo's cache
 * (`no-cache`) and only in this
 * dialog's state, so closing the dialog forgets it.
 */
export function CreateApiTokenDialog({ onClose }: { onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('apiTokens');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [expiryDate, setExpiryDate] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [created, setCreated] = useState<Created | null>(null);
  const client = useApolloClient();
  const [createApiToken, { loading }] = useMutation(CreateApiTokenMutation, { fetchPolicy: 'no-cache' });

  const toggle = (scope: Scope, on: boolean) =>
    setScopes((current) => SCOPES.filter((candidate) => (candidate === scope ? on : current.includes(candidate))));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A date that is not one must not become "never expires"; its field says why.
    if (loading || expiryDate === INVALID_DATE) return;
    setErrors(NO_ERRORS);
    try {
      const expiresAt = expiryFromDate(expiryDate);
      const input = { name: name.trim(), scopes, ...(expiresAt ? { expiresAt } : {}) };
      const { data } = await createApiToken({ variables: { input } });
      const payload = data?.createApiToken;
      if (payload?.apiToken && payload.token && !payload.userErrors.length) {
        setCreated({ name: payload.apiToken.name, token: payload.token, scopes: payload.apiToken.scopes });
        void client.refetchQueries({ include: [ApiTokensQuery] }).catch(() => undefined);
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const hasFieldErrors = Object.keys(split.byField).length > 0;
      const general = split.general.length
        ? split.general
        : [t(hasFieldErrors ? 'apiTokens.form.errorSummary' : 'common.unexpectedError')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  if (created) {
    return (
      <Modal title={t('apiTokens.secret.title')} onClose={() => onClose()} wide>
        <TokenSecret name={created.name} token={created.token} scopes={created.scopes} />
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => onClose()}>
            {t('apiTokens.secret.done')}
          </button>
        </div>
      </Modal>
    );
  }

  const { byField } = errors;
  return (
    <Modal title={t('apiTokens.form.title')} onClose={() => onClose()} wide>
      <form className="unit-form" onSubmit={onSubmit} aria-busy={loading} noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          id="token-name"
          label={t('apiTokens.form.name')}
          hint={t('apiTokens.form.nameHint')}
          value={name}
          onChange={setName}
          errors={byField.name}
          required
          autoFocus
        />
        <fieldset
          className="scope-fieldset"
          aria-describedby={byField.scopes ? fieldErrorId('token-scopes') : undefined}
        >
          <legend>{t('apiTokens.form.scopes')}</legend>
          {SCOPES.map((scope) => (
            <div key={scope} className="scope-option">
              <input
                id={`scope-${scopeKey(scope)}`}
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
                aria-describedby={`scope-${scopeKey(scope)}-help`}
              />
              <label htmlFor={`scope-${scopeKey(scope)}`}>
                {t(`apiTokens.scopes.${scopeKey(scope)}`)} <code className="code">{scope}</code>
              </label>
              <p className="field__hint scope-option__help" id={`scope-${scopeKey(scope)}-help`}>
                {t(`apiTokens.scopeHelp.${scopeKey(scope)}`)}
              </p>
            </div>
          ))}
          <FieldError inputId="token-scopes" messages={byField.scopes} />
        </fieldset>
        <DateField
          id="token-expiry"
          label={t('apiTokens.form.expiresAt')}
          hint={t('apiTokens.form.expiresAtHint')}
          errors={byField.expiresAt}
          min={earliestExpiryDate(new Date())}
          value={expiryDate}
          onChange={setExpiryDate}
        />
        <SaveActions
          saving={loading}
          onCancel={() => onClose()}
          submitLabel={t('apiTokens.form.submit')}
          submittingLabel={t('apiTokens.form.submitting')}
        />
      </form>
    </Modal>
  );
}
