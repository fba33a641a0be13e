import { readSessionToken } from '../../../foundation/session/session-token';
import { languageHeader } from '../../../foundation/i18n/request-language';

export type RankingExportFormat = 'csv' | 'xlsx';

/**
 * Downloads a ranking as CSV or XLSX. A plain link cannot send the bearer token, so the file is fetched, turned into an
 * object URL and clicked. Throws when the server refuses.
 */
export async function downloadRanking(
  {
    campaignId,
    levelKey,
    asOfPeriod,
    targetSetKey,
    format,
  }: { campaignId: string; levelKey: string; asOfPeriod: number; targetSetKey: string; format: RankingExportFormat },
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const query = new URLSearchParams({ campaignId, levelKey, asOfPeriod: String(asOfPeriod), targetSetKey });
  const token = readSessionToken();
  const response = await fetchImpl(`/exports/ranking.${format}?${query.toString()}`, {
    headers: { ...languageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`Ranking export answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `xep-hang-${levelKey}-ky-${asOfPeriod}-${targetSetKey}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
