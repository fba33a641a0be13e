import { downloadFile } from '../../../foundation/session/download-file';

export type RankingExportFormat = 'csv' | 'xlsx';

/** Downloads a ranking as CSV or XLSX. Throws when the server refuses. */
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
  await downloadFile(
    `/exports/ranking.${format}?${query.toString()}`,
    `xep-hang-${levelKey}-ky-${asOfPeriod}-${targetSetKey}.${format}`,
    fetchImpl,
  );
}
