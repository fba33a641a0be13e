import { readSessionToken } from '../../../foundation/session/session-token';
import { languageHeader } from '../../../foundation/i18n/request-language';

/** The weekly report as XLSX. A link cannot send the bearer token, so the file is fetched and saved from a Blob. */
export async function downloadWeeklyReport(
  campaignId: string,
  period: number,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const token = readSessionToken();
  const query = new URLSearchParams({ campaignId, period: String(period) }).toString();
  const response = await fetchImpl(`/exports/weekly-report.xlsx?${query}`, {
    headers: { ...languageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`XLSX export answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `bao-cao-tuan-ky-${period}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
