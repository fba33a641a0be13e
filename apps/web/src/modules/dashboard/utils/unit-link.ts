/** A unit's page in the campaign, at the dashboard's period and target set (the drill-down). */
export function unitLink(campaignId: string, unitId: string, period: number, targetSetKey: string | null): string {
  const query = new URLSearchParams({ period: String(period) });
  if (targetSetKey) query.set('set', targetSetKey);
  return `/campaigns/${campaignId}/units/${unitId}?${query.toString()}`;
}

/** A signed number of points with two decimals: "+1,25", "−0,40" (a true minus sign), "0,00". */
export function signedPoints(value: number, lang: string): string {
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(value));
  const rounded = Math.round(Math.abs(value) * 100);
  return rounded === 0 ? text : `${value > 0 ? '+' : '−'}${text}`;
}
