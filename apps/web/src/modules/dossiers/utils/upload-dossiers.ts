/** The formats POST /imports/dossiers reads. */
import { requestLanguage } from '../../../foundation/i18n/request-language';
export type DossierFileFormat = 'csv' | 'ndjson';

/**
 * The format a file's name says (.csv, or .ndjson / .jsonl, as `npm run ingest` reads them); null for anything else.
 */
export function formatOfFileName(name: string): DossierFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return null;
}

/**
 * One line the server did not take (1-based; the CSV header is line 1), the column at fault if any, and why: a code
 * (said in the user's language, see rejectionMessage) with the value refused, and the server's English reason.
 */
export interface DossierRejection {
  line: number;
  field: string | null;
  code?: string;
  reason: string;
  value?: string;
}

export interface DossierRecompute {
  campaigns: number;
  cells: number;
  created: number;
  revised: number;
  unchanged: number;
}

/**
 * The answer of POST /imports/dossiers (dossier-upload.handler.ts): every rejection counted, the first 1.000 listed.
 */
export interface DossierImportSummary {
  rows: number;
  inserted: number;
  updated: number;
  moved: number;
  rejected: number;
  rejections: DossierRejection[];
  recompute: DossierRecompute;
}

/**
 * Done with its summary, or refused by the server with its status and error code (BAD_FILE, BAD_FORMAT, FORBIDDEN,
 * UNAUTHENTICATED, PAYLOAD_TOO_LARGE, RATE_LIMITED with the seconds to wait…).
 */
export type DossierUploadOutcome =
  | { ok: true; summary: DossierImportSummary }
  | { ok: false; status: number; error: string; message: string; retryAfterSeconds: number | null };

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends the file as the request body (the server streams it into the database; nothing is read here first). XHR
 * rather than fetch: only XHR reports upload progress. Rejects when the request does not reach the server.
 */
export function uploadDossiers(
  file: Blob,
  format: DossierFileFormat,
  { token, onProgress }: { token: string | null; onProgress?: (progress: UploadProgress) => void },
): Promise<DossierUploadOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports/dossiers?format=${format}`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', requestLanguage());
    xhr.setRequestHeader('Content-Type', format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onerror = () => reject(new Error('The dossier upload did not reach the server'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 200 && isSummary(body)) {
        resolve({ ok: true, summary: body });
        return;
      }
      resolve({ ok: false, status: xhr.status, ...refusalOf(body, xhr.status), retryAfterSeconds: retryAfterOf(xhr) });
    };
    xhr.send(file);
  });
}

/**
 * The refusal's code and message, from the errors the server answers as GraphQL does
 * (`{ errors: [{ message, extensions: { code, reason? } }] }`): the reason when there is one (BAD_FILE, BAD_FORMAT),
 * else the code; `HTTP_<status>` when the answer is not that shape (a proxy's page).
 */
function refusalOf(body: unknown, status: number): { error: string; message: string } {
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown; reason?: unknown } }[] } | null)
    ?.errors?.[0];
  const code = first?.extensions?.reason ?? first?.extensions?.code;
  return {
    error: typeof code === 'string' ? code : `HTTP_${status}`,
    message: typeof first?.message === 'string' ? first.message : '',
  };
}

/** Retry-After in seconds (a 429), or null. */
function retryAfterOf(xhr: XMLHttpRequest): number | null {
  const seconds = Number(xhr.getResponseHeader('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

function isSummary(body: unknown): body is DossierImportSummary {
  const value = body as Partial<DossierImportSummary> | null;
  return Boolean(
    value &&
    typeof value.inserted === 'number' &&
    typeof value.rejected === 'number' &&
    Array.isArray(value.rejections) &&
    value.recompute,
  );
}
