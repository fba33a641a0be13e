import { readSessionToken, signSessionToken } from './session-token';
import { hashPassword, verifyPassword } from '../users';

describe('session tokens', () => {
  const secret = 'a'.repeat(48);

  it('reads back the session id it signed', () => {
    expect(readSessionToken(signSessionToken('abc-123', secret), secret)).toBe('abc-123');
  });

  it('refuses a token signed with another secret, a tampered id, or garbage', () => {
    const token = signSessionToken('abc-123', secret);
    expect(readSessionToken(token, 'b'.repeat(48))).toBeNull();
    expect(readSessionToken(token.replace('abc', 'abd'), secret)).toBeNull();
    expect(readSessionToken('garbage', secret)).toBeNull();
    expect(readSessionToken(`${token}.x`, secret)).toBeNull();
  });
});

describe('passwords', () => {
  it('are hashed with argon2id and verified', async () => {
    const hashed = await hashPassword('correct horse');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hashed, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(hashed, 'wrong horse')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
  });
});
