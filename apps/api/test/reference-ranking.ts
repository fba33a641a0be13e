import { rankCohort, type CohortUnit, type Ranking } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { RankingData } from '../src/modules/rankings/ranking-data';

/** A campaign's reports as rows of one indicator value each, read once and ranked as often as needed. */
export interface ReportValueRow {
  unit_id: string;
  period_index: number;
  first_submitted_at: Date;
  code: string;
  numerator: string;
  denominator: string;
}

/** Every value of every report of the campaign, with its report's period and first submission. */
export function readReportValues(dataSource: DataSource, campaignId: string): Promise<ReportValueRow[]> {
  return dataSource.query(
    `SELECT r.unit_id, r.period_index, r.first_submitted_at, i.code, v.numerator, v.denominator
     FROM reports r JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
     WHERE r.campaign_id = $1`,
    [campaignId],
  );
}

/**
 * The reference a ranking is checked against: a level of `data` (what the API read) ranked by @thidua/domain's
 * `rankCohort` from the raw reports, per period, with the campaign's own weights, legend and scoring.
 */
export function rankFromReports(
  data: RankingData,
  levelKey: string,
  reports: readonly ReportValueRow[],
  asOfPeriod: number,
  now: Date,
): Ranking {
  const { periods } = data.context;
  const byUnit = new Map<string, ReportValueRow[]>();
  for (const report of reports) byUnit.set(report.unit_id, [...(byUnit.get(report.unit_id) ?? []), report]);
  const units: CohortUnit[] = (data.cohorts.get(levelKey) ?? []).map((unit) => {
    const own = byUnit.get(unit.unitId) ?? [];
    const counts: Record<string, { numerators: number[]; denominators: number[] }> = {};
    for (const report of own) {
      counts[report.code] ??= {
        numerators: Array(periods.length).fill(0),
        denominators: Array(periods.length).fill(0),
      };
      counts[report.code].numerators[report.period_index - 1] = Number(report.numerator);
      counts[report.code].denominators[report.period_index - 1] = Number(report.denominator);
    }
    const submitted = new Map(own.map((report) => [report.period_index, new Date(report.first_submitted_at)]));
    const submissions = [...submitted].map(([period, submittedAt]) => ({ period, submittedAt }));
    return { unitId: unit.unitId, targets: unit.targets, counts, submissions };
  });
  const reference = rankCohort({
    periods,
    asOfPeriod,
    now,
    indicators: data.context.indicators.map((indicator) => indicator.code),
    weights: data.context.weights,
    legend: data.context.campaign.legend.map(({ code, name, minScore }) => ({ code, label: name, minScore })),
    scoring: data.context.campaign.scoring ?? undefined,
    units,
  });
  if (!reference.ok) throw new Error(`rankCohort refused the reports: ${JSON.stringify(reference)}`);
  return reference.value;
}
