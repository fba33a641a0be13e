/** The report screen opened on one campaign, unit and period (ReportScreen reads these search parameters). */
export function reportLink(campaignId: string, unitId: string, period: number): string {
  const params = new URLSearchParams({ campaign: campaignId, unit: unitId, period: String(period) });
  return `/report?${params.toString()}`;
}
