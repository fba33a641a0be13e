import type { RateCharge } from './rate-budget';

/**
 * The budget as HTTP headers (IETF draft "RateLimit header fields for HTTP", the widely read names): the size,
 * what is left, seconds until whole again, and on a refusal Retry-After.
 */
export function rateLimitHeaders(charge: RateCharge): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(charge.limit),
    'RateLimit-Remaining': String(charge.remaining),
    'RateLimit-Reset': String(charge.resetSeconds),
  };
  if (!charge.admitted) headers['Retry-After'] = String(charge.retryAfterSeconds);
  return headers;
}
