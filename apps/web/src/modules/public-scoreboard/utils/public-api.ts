import { languageHeader } from '../../../foundation/i18n/request-language';

/**
 * The public scoreboard's JSON routes (GET /public/scoreboards/…), read with plain `fetch`: the public page opens
 * without a session and without the GraphQL client.
 */

export type PublicFigures = 'SCORE_AND_CLASS' | 'WITH_RATES';

export interface PublicPeriod {
  index: number;
  start: string;
  end: string;
  dueAt: string;
}

export interface PublicCampaign {
  name: string;
  startDate: string;
  endDate: string;
  status: 'ACTIVE' | 'CLOSED' | 'DRAFT';
  /** The campaign's IANA time zone: what "today" is for its phase. */
  timeZone: string;
  periodCount: number;
  lastDuePeriod: number | null;
}

export interface PublicClass {
  code: string;
  name: string;
}

export interface PublicRate {
  code: string;
  rate: number | null;
  target: number | null;
  met: boolean | null;
}

export interface PublicRow {
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
  unit: { id: string; name: string };
  score: number | null;
  class: PublicClass | null;
  rates: PublicRate[];
}

export interface PublicLevel {
  key: string;
  name: string;
  cohortSize: number;
  rows: PublicRow[];
}

export interface PublicLegendEntry {
  code: string;
  name: string;
  minScore: number;
}

export interface PublicIndicator {
  code: string;
  name: string;
}

export interface PublicScoreboard {
  slug: string;
  campaign: PublicCampaign;
  figures: PublicFigures;
  periods: PublicPeriod[];
  period: PublicPeriod | null;
  legend: PublicLegendEntry[];
  indicators: PublicIndicator[];
  levels: PublicLevel[];
}

export interface PublicTrendEntry {
  period: PublicPeriod;
  rank: number | null;
  cohortSize: number;
  score: number | null;
  class: PublicClass | null;
  rates: PublicRate[];
}

export interface PublicUnitPage {
  slug: string;
  campaign: PublicCampaign;
  figures: PublicFigures;
  legend: PublicLegendEntry[];
  indicators: PublicIndicator[];
  unit: { id: string; name: string; level: { key: string; name: string }; parentName: string | null };
  trend: PublicTrendEntry[];
}

/** A refused or failed read: the HTTP status (0: no answer) and the error code the server gave, if any. */
export class PublicRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'PublicRequestError';
  }

  get notFound(): boolean {
    return this.status === 404 || this.code === 'NOT_FOUND';
  }

  get badInput(): boolean {
    return this.status === 400 || this.code === 'BAD_USER_INPUT';
  }
}

/** The public page's path of a campaign's scoreboard, or of one of its units. */
export function publicScoreboardPath(slug: string, unitId?: string): string {
  const base = `/cong-khai/${encodeURIComponent(slug)}`;
  return unitId === undefined ? base : `${base}/don-vi/${encodeURIComponent(unitId)}`;
}

/** GET /public/scoreboards/:slug, as of `period` (the latest published one when null). */
export function scoreboardUrl(slug: string, period: number | null): string {
  const base = `/public/scoreboards/${encodeURIComponent(slug)}`;
  return period === null ? base : `${base}?period=${period}`;
}

/** GET /public/scoreboards/:slug/units/:unitId. */
export function unitUrl(slug: string, unitId: string): string {
  return `/public/scoreboards/${encodeURIComponent(slug)}/units/${encodeURIComponent(unitId)}`;
}

/** Reads one public route; throws a PublicRequestError for a refusal (404, 400…) or no answer. */
export async function fetchPublicJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...languageHeader() }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PublicRequestError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return (await response.json()) as T;
  let code: string | null = null;
  let message = response.statusText;
  try {
    const body = (await response.json()) as {
      errors?: Array<{ message?: string; extensions?: { code?: string } }>;
    };
    code = body.errors?.[0]?.extensions?.code ?? null;
    message = body.errors?.[0]?.message ?? message;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  throw new PublicRequestError(response.status, code, message);
}
