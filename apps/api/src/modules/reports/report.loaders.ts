import DataLoader from 'dataloader';
import { groupRows, loadGroupedBy, type LoaderDefinition } from '../../foundation/database/request-loaders';
import { ReportRevisionEntity, ReportValueEntity } from './report.entity';

/** A report's values in the campaign's indicator order. */
export const reportValuesByReportId: LoaderDefinition<string, ReportValueEntity[]> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: (ReportValueEntity & { position: number })[] = await dataSource.query(
      `SELECT v.report_id AS "reportId", v.indicator_id AS "indicatorId", v.numerator::float8 AS numerator,
              v.denominator::float8 AS denominator
       FROM report_values v JOIN reports r ON r.id = v.report_id
       LEFT JOIN campaign_indicators ci ON ci.campaign_id = r.campaign_id AND ci.indicator_id = v.indicator_id
       WHERE v.report_id = ANY($1::uuid[]) ORDER BY ci.position`,
      [ids],
    );
    const byReport = groupRows(rows, (row) => row.reportId);
    return ids.map((id) => byReport.get(id) ?? []);
  });

export const reportRevisionsByReportId = loadGroupedBy(ReportRevisionEntity, 'reportId', { revision: 'ASC' });
