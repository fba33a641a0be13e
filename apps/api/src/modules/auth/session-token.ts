import { createHmac, timingSafeEqual } from 'node:crypto';

/** A session token is `<session id>.<HMAC-SHA256 of the id>`: forged tokens are refused without a query. */
export function signSessionToken(sessionId: string, secret: string): string {
  return `${sessionId}.${mac(sessionId, secret)}`;
}

export function readSessionToken(token: string, secret: string): string | null {
  const [sessionId, signature, ...rest] = token.split('.');
  if (!sessionId || !signature || rest.length) return null;
  const expected = Buffer.from(mac(sessionId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? sessionId : null;
}

function mac(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(sessionId).digest('base64url');
}
