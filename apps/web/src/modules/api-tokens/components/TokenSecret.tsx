import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { curlExample } from '../utils/scopes';

/** The new token in a read-only field with a copy button, the warning that it is shown once, and a curl example. */
export function TokenSecret({ name, token, scopes }: { name: string; token: string; scopes: readonly string[] }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopyState('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select the text for a manual copy.
      input.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <div className="token-secret">
      <div className="token-secret__warning" role="alert">
        {t('apiTokens.secret.warning')}
      </div>
      <div className="field">
        <label htmlFor="token-secret">{t('apiTokens.secret.label', { name })}</label>
        <div className="token-secret__row">
          <input
            ref={input}
            id="token-secret"
            type="text"
            className="token-secret__value"
            readOnly
            data-autofocus
            value={token}
            onFocus={(event) => event.target.select()}
            spellCheck={false}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {t('apiTokens.secret.copy')}
          </button>
        </div>
        <p className="field__hint" role="status">
          {copyState === 'copied'
            ? t('apiTokens.secret.copied')
            : copyState === 'failed'
              ? t('apiTokens.secret.copyFailed')
              : ''}
        </p>
      </div>
      <h3 className="token-secret__example-title">{t('apiTokens.secret.example')}</h3>
      <pre className="code-block" tabIndex={0}>
        <code>{curlExample(window.location.origin, token, scopes)}</code>
      </pre>
    </div>
  );
}
