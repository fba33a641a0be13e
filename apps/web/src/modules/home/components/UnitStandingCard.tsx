import { useTranslation } from 'react-i18next';
import type { HomeUnitStandingFragment } from '../../../generated/graphql';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { isRefusal } from '../utils/refused';
import { CardEmpty, HomeCard } from './HomeCard';
import { UnitStanding, type StandingRow } from './UnitStanding';

interface ReporterUnit {
  id: string;
  name: string;
}

/**
 * Where each of the reporter's units stands in its level, as of the rankings' period (the last one due), and what it
 * needs to reach each target. The reporter's own unit is shown open; the units under it, best rank first, fold.
 */
export function UnitStandingCard({
  units,
  rankings,
  loading,
  error,
  onRetry,
}: {
  units: readonly ReporterUnit[];
  rankings: ReadonlyArray<HomeUnitStandingFragment | null | undefined>;
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
}) {
  const { t } = useTranslation();
  const loaded = rankings.filter((ranking): ranking is HomeUnitStandingFragment => Boolean(ranking));
  const asOf = loaded[0]?.asOfPeriod;
  const title = asOf ? t('home.reporter.standingTitle', { period: asOf }) : t('home.reporter.standingTitleNoPeriod');
  const placed = new Map<string, { row: StandingRow; ranking: HomeUnitStandingFragment }>();
  for (const ranking of loaded) for (const row of ranking.rows) placed.set(row.unit.id, { row, ranking });
  const [own, ...children] = units
    .filter((unit) => placed.has(unit.id))
    .map((unit) => ({ unit, ...(placed.get(unit.id) as { row: StandingRow; ranking: HomeUnitStandingFragment }) }));
  const byRank = [...children].sort((a, b) => (a.row.rank ?? Infinity) - (b.row.rank ?? Infinity));

  const body = () => {
    if (!loaded.length && error && isRefusal(error)) return <CardEmpty>{t('home.reporter.noStanding')}</CardEmpty>;
    if (!loaded.length && error) return <ListError error={error} onRetry={onRetry} />;
    if (!loaded.length && loading) return <ListLoading />;
    if (!own) return <CardEmpty>{t('home.reporter.noStanding')}</CardEmpty>;
    return (
      <>
        <UnitStanding name={own.unit.name} row={own.row} ranking={own.ranking} open />
        {byRank.length > 0 && (
          <ul className="home-standing-list">
            {byRank.map((entry) => (
              <li key={entry.unit.id}>
                <UnitStanding name={entry.unit.name} row={entry.row} ranking={entry.ranking} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  };

  return (
    <HomeCard titleId="home-standing-title" title={title}>
      {body()}
    </HomeCard>
  );
}
