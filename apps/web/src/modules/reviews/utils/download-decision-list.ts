import { readSessionToken } from '../../../foundation/session/session-token';

/** The annex as XLSX. A link cannot send the bearer token, so the file is fetched and saved from a Blob. */
export async function downloadDecisionList(
  reviewId: string,
  fileName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const token = readSessionToken();
  const response = await fetchImpl(`/exports/decision-list.xlsx?${new URLSearchParams({ reviewId }).toString()}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`XLSX export answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
