import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CampaignQuery, ReportUnitQuery } from '../../../generated/graphql';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { UnitReportsQuery } from '../graphql/queries/unit-reports';
import { useNow } from '../hooks/useNow';
import { effectiveTargets } from '../utils/effective-target';
import { defaultPeriodIndex, periodRows } from '../utils/period-status';
import { DeadlineCountdown } from './DeadlineCountdown';
import { PeriodList } from './PeriodList';
import { ReportEntryForm } from './ReportEntryForm';
import { RevisionHistory } from './RevisionHistory';

type Campaign = NonNullable<CampaignQuery['campaign']>;
type Unit = NonNullable<ReportUnitQuery['unit']>;

/** Reports are at most one per period: one page holds them all. */
const REPORT_PAGE = 500;

/** One unit in one campaign: the countdown, its periods with their status, the chosen period's form and history. */
export function UnitReportPanel({
  campaign,
  unit,
  canSubmit,
  initialPeriod = null,
}: {
  campaign: Campaign;
  unit: Unit;
  canSubmit: boolean;
  /** The period to open first (a link asked for it); else the earliest missing one, the next due, the last. */
  initialPeriod?: number | null;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const [chosen, setChosen] = useState<number | null>(initialPeriod);
  const [notice, setNotice] = useState('');
  const { data, error, refetch } = useQuery(UnitReportsQuery, {
    variables: { campaignId: campaign.id, unitId: unit.id, first: REPORT_PAGE },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;

  const reports = data.reports.edges.map((edge) => edge.node);
  const rows = periodRows(campaign.periods, reports, now);
  const selected = rows.some((candidate) => candidate.period.index === chosen) ? chosen : defaultPeriodIndex(rows);
  const row = rows.find((candidate) => candidate.period.index === selected);
  const indicators = campaign.indicators.map((entry) => entry.indicator);
  const targets = effectiveTargets(campaign.targetSets, unit.id, unit.level.key);
  const open = campaign.status === 'ACTIVE';

  return (
    <div className="unit-report">
      <DeadlineCountdown periods={campaign.periods} timeZone={campaign.timeZone} now={now} />
      {!open && <p className="form-errors">{t('reports.notActive')}</p>}
      <div className="unit-report__grid">
        <section aria-labelledby="report-periods-title" className="unit-report__periods">
          <h2 id="report-periods-title">{t('reports.periods.title')}</h2>
          <PeriodList
            rows={rows}
            unitName={unit.name}
            timeZone={campaign.timeZone}
            selected={selected}
            onSelect={(index) => {
              setChosen(index);
              setNotice('');
            }}
          />
        </section>
        {row && (
          <div className="unit-report__detail">
            <p className="notice" role="status">
              {notice}
            </p>
            <ReportEntryForm
              // A new period, or a new revision of this one, starts from the stored figures.
              key={`${row.period.index}-${row.report?.revision ?? 0}`}
              campaignId={campaign.id}
              unitId={unit.id}
              period={row.period}
              timeZone={campaign.timeZone}
              indicators={indicators}
              targets={targets}
              report={row.report}
              canSubmit={canSubmit && open && !unit.archived}
              onSubmitted={setNotice}
            />
            <RevisionHistory
              report={row.report}
              periodIndex={row.period.index}
              indicators={indicators}
              timeZone={campaign.timeZone}
            />
          </div>
        )}
      </div>
    </div>
  );
}
