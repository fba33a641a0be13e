import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskSecret, verifyExample } from '../utils/secret';

/**
 * The endpoint's signing secret, hidden until asked for, with a copy button, and how a receiver checks a delivery
 * (the Standard Webhooks headers).
 */
export function WebhookSecret({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const valueId = useId();
  const [shown, setShown] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): show it for a manual copy.
      setShown(true);
      setCopyState('failed');
    }
  };

  return (
    <section className="webhook-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('webhooks.secret.title')}</h2>
      <div className="webhook-secret">
        <label htmlFor={valueId} className="visually-hidden">
          {t('webhooks.secret.label')}
        </label>
        <input
          id={valueId}
          type="text"
          className="webhook-secret__value"
          readOnly
          spellCheck={false}
          value={shown ? secret : maskSecret(secret)}
          aria-describedby={shown ? undefined : `${valueId}-hidden`}
          onFocus={(event) => shown && event.target.select()}
        />
        {!shown && (
          <span className="visually-hidden" id={`${valueId}-hidden`}>
            {t('webhooks.secret.hidden')}
          </span>
        )}
        <div className="webhook-secret__buttons">
          <button type="button" className="button button--small" onClick={() => setShown(!shown)}>
            {shown ? t('webhooks.secret.hide') : t('webhooks.secret.show')}
          </button>
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {t('webhooks.secret.copy')}
          </button>
        </div>
      </div>
      <p className="field__hint" role="status">
        {copyState === 'copied'
          ? t('webhooks.secret.copied')
          : copyState === 'failed'
            ? t('webhooks.secret.copyFailed')
            : ''}
      </p>
      <h3 className="webhook-panel__subtitle">{t('webhooks.secret.verifyTitle')}</h3>
      <p className="webhook-verify">{t('webhooks.secret.verify')}</p>
      <p className="webhook-verify">{t('webhooks.secret.verifyExample')}</p>
      <pre className="code-block" tabIndex={0}>
        <code>{verifyExample()}</code>
      </pre>
    </section>
  );
}
