import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReportStatusBoardQuery } from '../graphql/queries/report-status-board';
import { useNow } from '../hooks/useNow';
import { useReportStatusChanges } from '../hooks/useReportStatusChanges';
import { lastDuePeriodIndex } from '../utils/period-status';
import { ExportCsvButton } from './ExportCsvButton';
import { ImportReportsDialog } from './ImportReportsDialog';
import { LevelSummaryTable } from './LevelSummaryTable';
import { RemindList } from './RemindList';
import { StatusBoardFilters, type BoardFilters } from './StatusBoardFilters';
import { StatusRowsTable } from './StatusRowsTable';
import './reports.css';

/** Who has reported for a period: counts per level, the units to remind, and a line per unit; export and import. */
export function StatusBoard({
  campaign,
  canManage,
}: {
  campaign: Pick<CampaignSettingsFragment, 'id' | 'periods' | 'levels' | 'timeZone'>;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const [filters, setFilters] = useState<BoardFilters>(() => ({
    period: lastDuePeriodIndex(campaign.periods, new Date()),
    levelKey: '',
    status: '',
  }));
  const [importing, setImporting] = useState(false);
  const [exportError, setExportError] = useState('');
  const { data, previousData, error, refetch } = useQuery(ReportStatusBoardQuery, {
    variables: {
      campaignId: campaign.id,
      period: filters.period,
      levelKey: filters.levelKey || null,
      status: filters.status || null,
    },
    fetchPolicy: 'cache-and-network',
    skip: !campaign.periods.length,
  });
  // A report submitted or imported anywhere shows without a reload (its error, if any, is the query's to show).
  useReportStatusChanges(campaign.periods.length ? campaign.id : null, () => void refetch().catch(() => undefined));

  if (!campaign.periods.length) return <ListEmpty title={t('statusBoard.noPeriods')} />;
  // While the next filter loads, the last board stays on screen.
  const board = (data ?? previousData)?.reportStatusBoard;
  const period = campaign.periods.find((candidate) => candidate.index === filters.period) ?? campaign.periods[0];
  const due = Date.parse(period.dueAt) < now.getTime();
  const totalUnits = board?.levels.reduce((sum, level) => sum + level.total, 0) ?? 0;

  return (
    <section aria-labelledby="status-board-title" className="status-board">
      <div className="section-header">
        <h2 id="status-board-title">{t('statusBoard.title')}</h2>
        <div className="section-header__actions">
          <ExportCsvButton
            campaignId={campaign.id}
            period={filters.period}
            status={filters.status || null}
            onError={setExportError}
          />
          {canManage && (
            <button type="button" className="button button--primary" onClick={() => setImporting(true)}>
              {t('statusBoard.import')}
            </button>
          )}
        </div>
      </div>
      <StatusBoardFilters periods={campaign.periods} levels={campaign.levels} value={filters} onChange={setFilters} />
      <p className="muted status-board__due">
        {t('statusBoard.due', { due: format.weekdayDateTime(period.dueAt, campaign.timeZone) })}
      </p>
      <FormErrors messages={exportError ? [exportError] : []} />
      {!board ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <ListLoading />
        )
      ) : !totalUnits ? (
        <ListEmpty title={t('statusBoard.noUnits')} />
      ) : (
        <>
          <div className="status-board__top">
            <LevelSummaryTable levels={board.levels} periodIndex={filters.period} />
            <RemindList units={board.toRemind} due={due} />
          </div>
          <StatusRowsTable
            rows={board.rows}
            periodIndex={filters.period}
            timeZone={campaign.timeZone}
            emptyText={t('statusBoard.noRows')}
          />
        </>
      )}
      {importing && (
        <ImportReportsDialog
          campaignId={campaign.id}
          periods={campaign.periods}
          defaultPeriod={filters.period}
          onClose={() => setImporting(false)}
        />
      )}
    </section>
  );
}
