import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListEmpty } from '../../../foundation/ui/components/ListStates';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { ClassBadge, classTone, legendCodesBestFirst } from '../../rankings';
import { usePublicJson } from '../hooks/usePublicJson';
import { publicScoreboardPath, unitUrl, type PublicUnitPage } from '../utils/public-api';
import { PublicHeader } from './PublicHeader';
import { PublicRateCell } from './PublicRateCell';
import { PublicLoadError, PublicLoading, PublicNotFound } from './PublicStates';
import { ScoreSparkline } from './ScoreSparkline';
import './public-scoreboard.css';

/**
 * A unit's public page (/cong-khai/<slug>/don-vi/<unitId>): its name, level and the unit above it, then its score
 * as a small line and, per published period, its rank in its level, score, class and (when published) rates.
 */
export function PublicUnitScreen({ slug, unitId }: { slug: string; unitId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const embed = params.get('embed') === '1';
  const { data, error, reload } = usePublicJson<PublicUnitPage>(unitUrl(slug, unitId));

  useEffect(() => {
    if (data) document.title = `${data.unit.name} – ${data.campaign.name}`;
  }, [data]);

  if (error?.notFound) return <PublicNotFound />;
  if (!data) {
    if (!error) return <PublicLoading />;
    return (
      <main id="main" className="public-board public-board__main public-state-page" tabIndex={-1}>
        <PublicLoadError error={error} onRetry={reload} />
      </main>
    );
  }

  const legendCodes = legendCodesBestFirst(data.legend);
  const indicators = data.figures === 'WITH_RATES' ? data.indicators : [];
  const back = `${publicScoreboardPath(data.slug)}${embed ? '?embed=1' : ''}`;
  const points = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const trend = [...data.trend].reverse();
  const backLink = (
    <p className="back-link public-back">
      <Link to={back}>{t('publicScoreboard.unit.back', { campaign: data.campaign.name })}</Link>
    </p>
  );

  return (
    <div className={embed ? 'public-board public-board--embed' : 'public-board'}>
      {!embed && (
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
      )}
      {!embed && <PublicHeader campaign={data.campaign} heading={false} />}
      <main id="main" className="public-board__main" tabIndex={-1}>
        {backLink}
        <div className="public-unit__head">
          <h1 className="public-unit__title">{data.unit.name}</h1>
          <p className="public-unit__meta">
            <span>{t('publicScoreboard.unit.level', { level: data.unit.level.name })}</span>
            {data.unit.parentName && <span>{t('publicScoreboard.unit.parent', { parent: data.unit.parentName })}</span>}
          </p>
        </div>
        <section className="public-level" aria-labelledby="public-unit-trend">
          <h2 id="public-unit-trend" className="public-level__title">
            {t('publicScoreboard.unit.trendTitle')}
          </h2>
          {data.trend.length === 0 ? (
            <ListEmpty title={t('publicScoreboard.unit.noTrend')} />
          ) : (
            <>
              <ScoreSparkline scores={data.trend.map((entry) => entry.score)} />
              <ScrollBox
                className="public-scroll"
                label={t('publicScoreboard.unit.trendCaption', { unit: data.unit.name })}
              >
                <table className="data-table public-table public-table--trend">
                  <caption className="visually-hidden">
                    {t('publicScoreboard.unit.trendCaption', { unit: data.unit.name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="public-table__period">
                        {t('publicScoreboard.unit.columns.period')}
                      </th>
                      <th scope="col" className="num">
                        {t('publicScoreboard.unit.columns.rank')}
                      </th>
                      <th scope="col" className="num">
                        {t('rankings.columns.score')}
                      </th>
                      <th scope="col">{t('rankings.columns.class')}</th>
                      {indicators.map((indicator) => (
                        <th key={indicator.code} scope="col" className="num public-table__indicator">
                          {indicator.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {trend.map((entry) => {
                      const tone = entry.class ? classTone(entry.class.code, legendCodes) : null;
                      return (
                        <tr key={entry.period.index}>
                          <th scope="row" className="public-table__period">
                            {t('publicScoreboard.periodShort', { index: entry.period.index })}{' '}
                            <span className="public-table__dates">
                              {format.date(entry.period.start)} – {format.date(entry.period.end)}
                            </span>
                          </th>
                          <td className="num">
                            {entry.rank !== null && (
                              <>
                                <span aria-hidden="true">
                                  {t('publicScoreboard.unit.rankOf', {
                                    rank: format.number(entry.rank),
                                    total: format.number(entry.cohortSize),
                                  })}
                                </span>
                                <span className="visually-hidden">
                                  {t('publicScoreboard.unit.rankOfLabel', {
                                    rank: format.number(entry.rank),
                                    total: format.number(entry.cohortSize),
                                  })}
                                </span>
                              </>
                            )}
                          </td>
                          <td className={`num public-table__score${tone === null ? '' : ` class-tone--${tone}`}`}>
                            {entry.score === null ? '' : points(entry.score)}
                          </td>
                          <td>{entry.class && <ClassBadge unitClass={entry.class} legendCodes={legendCodes} />}</td>
                          {indicators.map((indicator) => (
                            <td key={indicator.code} className="num">
                              <PublicRateCell rate={entry.rates.find((rate) => rate.code === indicator.code)} />
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollBox>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
