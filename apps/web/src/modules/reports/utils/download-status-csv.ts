import type { ReportStatus } from '../../../generated/graphql';
import { downloadFile } from '../../../foundation/session/download-file';

/** Downloads the status board as CSV. Throws when the server refuses. */
export async function downloadStatusCsv(
  { campaignId, period, status }: { campaignId: string; period: number; status?: ReportStatus | null },
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const query = new URLSearchParams({ campaignId, period: String(period) });
  if (status) query.set('status', status);
  await downloadFile(`/exports/report-status.csv?${query.toString()}`, `tinh-hinh-bao-cao-ky-${period}.csv`, fetchImpl);
}
