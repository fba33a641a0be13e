import { readSessionToken } from '../../../foundation/session/session-token';
import { languageHeader } from '../../../foundation/i18n/request-language';

/** The files a review exports: the annex as XLSX, the decision as DOCX. */
export type ReviewFile = 'decision-list.xlsx' | 'decision.docx';

/** A review's file. A link cannot send the bearer token, so the file is fetched and saved from a Blob. */
export async function downloadReviewFile(
  file: ReviewFile,
  reviewId: string,
  fileName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const token = readSessionToken();
  const response = await fetchImpl(`/exports/${file}?${new URLSearchParams({ reviewId }).toString()}`, {
    headers: { ...languageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${file} answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
