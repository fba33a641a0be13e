import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useReportStatusChanges } from '../../reports';
import { HomeReporterPeriodQuery } from '../graphql/queries/reporter-period';
import { HomeReporterStandingQuery } from '../graphql/queries/reporter-standing';
import { HomeReporterUnitQuery } from '../graphql/queries/reporter-unit';
import { ReporterPeriodCard } from './ReporterPeriodCard';
import { UnitStandingCard } from './UnitStandingCard';

/** More units than a district has communes. */
const CHILD_PAGE = 500;

/**
 * A reporter's week: the current period of its unit and the units directly under it, and where each stands. The
 * units and the period are asked for at once; the standings follow as soon as the units' levels are known.
 */
export function ReporterHome({ user, campaignId, now }: { user: CurrentUserFragment; campaignId: string; now: Date }) {
  const { t } = useTranslation();
  const ownId = user.unit?.id ?? null;
  const units = useQuery(HomeReporterUnitQuery, {
    variables: { unitId: ownId ?? '', first: CHILD_PAGE },
    skip: !ownId,
  });
  const period = useQuery(HomeReporterPeriodQuery, { variables: { campaignId }, skip: !ownId });
  // The period's reporting status follows the reports as they come in, without a reload.
  useReportStatusChanges(ownId ? campaignId : null, () => void period.refetch().catch(() => undefined));
  const own = units.data?.unit ?? null;
  const children = own?.children.edges.map((edge) => edge.node) ?? [];
  const childLevel = children[0]?.level.key ?? '';
  const standing = useQuery(HomeReporterStandingQuery, {
    variables: { campaignId, ownLevel: own?.level.key ?? '', childLevel, withChildren: Boolean(childLevel) },
    skip: !own,
  });

  if (!ownId) return <ListEmpty title={t('home.reporter.noUnit')} hint={t('home.reporter.noUnitHint')} />;
  if (!units.data) return units.error ? <ListError error={units.error} onRetry={units.refetch} /> : <ListLoading />;
  if (!own) return <ListEmpty title={t('home.reporter.noUnit')} hint={t('home.reporter.noUnitHint')} />;

  const reporterUnits = [own, ...children];
  return (
    <div className="home-grid">
      {period.data ? (
        <ReporterPeriodCard
          campaignId={campaignId}
          units={reporterUnits}
          board={period.data.reportStatusBoard}
          timeZone={period.data.campaign?.timeZone}
          now={now}
        />
      ) : period.error ? (
        <ListError error={period.error} onRetry={period.refetch} />
      ) : (
        <ListLoading />
      )}
      <UnitStandingCard
        units={reporterUnits}
        rankings={[standing.data?.own, standing.data?.children]}
        loading={standing.loading}
        error={standing.error}
        onRetry={standing.refetch}
      />
    </div>
  );
}
