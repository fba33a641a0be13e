import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRequestError } from '../utils/public-api';
import './public-scoreboard.css';

/** The plain page of an unknown or no longer published address: no app, no sign-in offered. */
export function PublicNotFound() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('publicScoreboard.notFound');
  }, [t]);
  return (
    <main id="main" className="public-board public-board__main public-state-page" tabIndex={-1}>
      <section className="not-found" aria-labelledby="public-not-found">
        <h1 id="public-not-found">{t('publicScoreboard.notFound')}</h1>
        <p>{t('publicScoreboard.notFoundBody')}</p>
      </section>
    </main>
  );
}

/** Said while the first answer is on its way. */
export function PublicLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="public-board public-board__main public-state-page" tabIndex={-1}>
      <p className="state" role="status">
        {t('publicScoreboard.loading')}
      </p>
    </main>
  );
}

/** A failed read with a retry (a refusal other than "not found", or no answer at all). */
export function PublicLoadError({ error, onRetry }: { error: PublicRequestError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('publicScoreboard.loadError')}</p>
      <p>{error.status === 0 ? t('publicScoreboard.networkError') : t('common.unexpectedError')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
