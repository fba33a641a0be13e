import { downloadFile } from '../../../foundation/session/download-file';

/** The files a review exports: the annex as XLSX, the decision as DOCX. */
export type ReviewFile = 'decision-list.xlsx' | 'decision.docx';

/** A review's file, saved as `fileName`. Throws when the server refuses. */
export async function downloadReviewFile(
  file: ReviewFile,
  reviewId: string,
  fileName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  await downloadFile(`/exports/${file}?${new URLSearchParams({ reviewId }).toString()}`, fileName, fetchImpl);
}
