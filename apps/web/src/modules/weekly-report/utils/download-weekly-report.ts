import { downloadFile } from '../../../foundation/session/download-file';

/** The weekly report as XLSX. Throws when the server refuses. */
export async function downloadWeeklyReport(
  campaignId: string,
  period: number,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const query = new URLSearchParams({ campaignId, period: String(period) }).toString();
  await downloadFile(`/exports/weekly-report.xlsx?${query}`, `bao-cao-tuan-ky-${period}.xlsx`, fetchImpl);
}
