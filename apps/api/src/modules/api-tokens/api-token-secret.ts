import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PATTERN = /^thidua_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** `thidua_<token id>_<secret>`: the id finds the row, the secret is checked against its SHA-256. */
export function newTokenSecret(tokenId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `thidua_${tokenId.replace(/-/g, '')}_${secret}`, hash: hashSecret(secret) };
}

export function parseToken(token: string): { tokenId: string; secret: string } | null {
  const match = PATTERN.exec(token);
  if (!match) return null;
  const hex = match[1];
  const tokenId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tokenId, secret: match[2] };
}

export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
