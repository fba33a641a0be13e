/** What a link to the report screen may ask for (`/report?campaign=…&unit=…&period=…`, e.g. from the home page). */
export interface ReportAddress {
  campaignId: string | null;
  unitId: string | null;
  period: number | null;
}

/** The address's campaign, unit and period; a period that is not a whole number ≥ 1 is ignored. */
export function readReportAddress(params: URLSearchParams): ReportAddress {
  const period = Number(params.get('period'));
  return {
    campaignId: params.get('campaign') || null,
    unitId: params.get('unit') || null,
    period: Number.isInteger(period) && period >= 1 ? period : null,
  };
}
