import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { Mover } from '../utils/movers';
import { signedPoints } from '../utils/unit-link';

/** The biggest movers since the previous period, up then down: rank before → after, score and rate changes. */
export function MoversList({
  movers,
  previousPeriod,
  indicatorName,
  linkOf,
  headingId,
}: {
  movers: { up: readonly Mover[]; down: readonly Mover[] };
  /** null in the first period: nothing to compare with. */
  previousPeriod: number | null;
  indicatorName: (code: string) => string;
  linkOf: (unitId: string) => string;
  headingId: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="dash-list" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {previousPeriod === null
          ? t('dashboard.moversHeading')
          : t('dashboard.moversTitle', { period: previousPeriod })}
      </h4>
      {previousPeriod === null ? (
        <p className="muted">{t('dashboard.moversFirst')}</p>
      ) : (
        <div className="dash-movers">
          <MoverGroup
            title={t('dashboard.moversUp')}
            direction="up"
            movers={movers.up}
            {...{ indicatorName, linkOf }}
          />
          <MoverGroup
            title={t('dashboard.moversDown')}
            direction="down"
            movers={movers.down}
            {...{ indicatorName, linkOf }}
          />
        </div>
      )}
    </section>
  );
}

function MoverGroup({
  title,
  direction,
  movers,
  indicatorName,
  linkOf,
}: {
  title: string;
  direction: 'up' | 'down';
  movers: readonly Mover[];
  indicatorName: (code: string) => string;
  linkOf: (unitId: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={`dash-movers__group dash-movers__group--${direction}`}>
      <h5>{title}</h5>
      {movers.length === 0 ? (
        <p className="muted">{t('dashboard.moversNone')}</p>
      ) : (
        <ol className="dash-list__items">
          {movers.map((mover) => (
            <li key={mover.row.unit.id}>
              <Link to={linkOf(mover.row.unit.id)} className="dash-list__unit dash-list__unit--block">
                {mover.row.unit.name}
              </Link>
              <span className="dash-list__detail">
                <span className={`dash-list__figure movement--${mover.rankChange === 0 ? 'same' : direction}`}>
                  {mover.rankChange === 0 ? (
                    t('dashboard.moverSameRank', { rank: mover.rank })
                  ) : (
                    <>
                      <span aria-hidden="true">{direction === 'up' ? '▲' : '▼'} </span>
                      {t('dashboard.moverRank', { from: mover.previousRank, to: mover.rank })}
                    </>
                  )}
                </span>
                {[
                  mover.scoreChange === null
                    ? null
                    : t('dashboard.moverScore', { change: signedPoints(mover.scoreChange, format.lang) }),
                  mover.rate === null
                    ? null
                    : t('dashboard.moverRate', {
                        indicator: indicatorName(mover.rate.code),
                        change: signedPoints(mover.rate.change, format.lang),
                      }),
                ]
                  .filter(Boolean)
                  .map((part) => ` · ${part}`)
                  .join('')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
