import type { ReportStatus } from '../../../generated/graphql';
import { readSessionToken } from '../../../foundation/session/session-token';
import { languageHeader } from '../../../foundation/i18n/request-language';

/**
 * Downloads the status board as CSV. A plain link cannot send the bearer token, so the file is fetched, turned into
 * an object URL and clicked. Throws when the server refuses.
 */
export async function downloadStatusCsv(
  { campaignId, period, status }: { campaignId: string; period: number; status?: ReportStatus | null },
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const query = new URLSearchParams({ campaignId, period: String(period) });
  if (status) query.set('status', status);
  const token = readSessionToken();
  const response = await fetchImpl(`/exports/report-status.csv?${query.toString()}`, {
    headers: { ...languageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`CSV export answered ${response.status}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `tinh-hinh-bao-cao-ky-${period}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
