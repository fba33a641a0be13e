import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListEmpty } from '../../../foundation/ui/components/ListStates';
import { ClassBadge, legendCodesBestFirst } from '../../rankings';
import { usePublicJson } from '../hooks/usePublicJson';
import { publicScoreboardPath, scoreboardUrl, type PublicScoreboard } from '../utils/public-api';
import { PublicHeader } from './PublicHeader';
import { PublicLevelTable } from './PublicLevelTable';
import { PublicLoadError, PublicLoading, PublicNotFound } from './PublicStates';
import './public-scoreboard.css';

/** `?ky=N`: a period's index, or null (the latest published one). */
function periodParam(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

/**
 * A campaign's public scoreboard (/cong-khai/<slug>), for anyone, without signing in: the campaign's name, dates and
 * progress, the period shown (kept in the address as ?ky=N), then each published level's ranking. With ?embed=1
 * (an iframe on a portal) only the period picker and the tables show.
 */
export function PublicScoreboardScreen({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pickerId = useId();
  const [params, setParams] = useSearchParams();
  const embed = params.get('embed') === '1';
  const ky = periodParam(params.get('ky'));
  const { data, current, loading, error, reload } = usePublicJson<PublicScoreboard>(scoreboardUrl(slug, ky));

  useEffect(() => {
    if (data) document.title = `${data.campaign.name} – ${t('publicScoreboard.title')}`;
  }, [data, t]);

  const showLatest = () =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.delete('ky');
      return next;
    });
  const badPeriod = (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('publicScoreboard.badPeriod')}</p>
      <button type="button" className="button" onClick={showLatest}>
        {t('publicScoreboard.latest')}
      </button>
    </div>
  );

  if (error?.notFound) return <PublicNotFound />;
  if (!data) {
    if (!error) return <PublicLoading />;
    return (
      <main id="main" className="public-board public-board__main public-state-page" tabIndex={-1}>
        {error.badInput ? badPeriod : <PublicLoadError error={error} onRetry={reload} />}
      </main>
    );
  }

  const legendCodes = legendCodesBestFirst(data.legend);
  const indicators = data.figures === 'WITH_RATES' ? data.indicators : [];
  const embedSuffix = embed ? '?embed=1' : '';
  const unitHref = (unitId: string) => `${publicScoreboardPath(data.slug, unitId)}${embedSuffix}`;
  const choosePeriod = (value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('ky', value);
      return next;
    });
  const periods = [...data.periods].reverse();
  const shown = data.period;
  // The period asked for shows in the picker at once, while its figures are on their way.
  const selected = ky !== null && data.periods.some((period) => period.index === ky) ? ky : shown?.index;

  return (
    <div className={embed ? 'public-board public-board--embed' : 'public-board'}>
      {!embed && (
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
      )}
      {!embed && <PublicHeader campaign={data.campaign} />}
      <main id="main" className="public-board__main" tabIndex={-1}>
        {embed && <h1 className="visually-hidden">{data.campaign.name}</h1>}
        <div className="public-board__controls">
          {periods.length > 0 && (
            <div className="field public-period-picker">
              <label htmlFor={pickerId}>{t('publicScoreboard.period')}</label>
              <select
                id={pickerId}
                value={String(selected ?? '')}
                onChange={(event) => choosePeriod(event.target.value)}
              >
                {periods.map((period) => (
                  <option key={period.index} value={String(period.index)}>
                    {t('publicScoreboard.periodOption', {
                      index: period.index,
                      start: format.date(period.start),
                      end: format.date(period.end),
                    })}
                  </option>
                ))}
              </select>
            </div>
          )}
          {embed && (
            <a
              className="public-board__full-link"
              href={publicScoreboardPath(data.slug)}
              target="_blank"
              rel="noopener"
            >
              {t('publicScoreboard.openFull')}
            </a>
          )}
        </div>
        <p className="public-board__loading" role="status">
          {loading ? t('publicScoreboard.periodLoading') : ''}
        </p>
        {error?.badInput ? (
          badPeriod
        ) : error ? (
          <PublicLoadError error={error} onRetry={reload} />
        ) : shown === null ? (
          <ListEmpty title={t('publicScoreboard.empty')} hint={t('publicScoreboard.emptyHint')} />
        ) : (
          <div
            className={current ? 'public-board__levels' : 'public-board__levels public-board__levels--stale'}
            aria-busy={loading}
          >
            <p className="public-board__period">
              {t('publicScoreboard.periodShown', {
                index: shown.index,
                start: format.date(shown.start),
                end: format.date(shown.end),
              })}
            </p>
            {data.levels.map((level) => (
              <PublicLevelTable
                key={level.key}
                level={level}
                period={shown}
                indicators={indicators}
                legendCodes={legendCodes}
                unitHref={(row) => unitHref(row.unit.id)}
              />
            ))}
            {data.legend.length > 0 && (
              <section className="public-legend" aria-labelledby="public-legend-title">
                <h2 id="public-legend-title" className="public-legend__title">
                  {t('publicScoreboard.legendTitle')}
                </h2>
                <ul>
                  {[...data.legend]
                    .sort((a, b) => b.minScore - a.minScore)
                    .map((entry) => (
                      <li key={entry.code}>
                        <ClassBadge unitClass={entry} legendCodes={legendCodes} />{' '}
                        {t('publicScoreboard.legendEntry', { min: format.number(entry.minScore) })}
                      </li>
                    ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </main>
      {!embed && (
        <footer className="public-footer">
          <p>{t('publicScoreboard.footer')}</p>
        </footer>
      )}
    </div>
  );
}
