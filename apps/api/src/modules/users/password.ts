import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with its recommended cost. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check for an unknown email, so that timing does not tell which emails exist. */
export async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not a password of anyone');
  await verifyPassword(await dummyHash, password);
}

/** The password check a sign-in spends its time on; a test may count the calls. */
export interface PasswordChecker {
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** For an unknown email: the same time as a real check, always false. */
  spend(password: string): Promise<void>;
}

export const argon2PasswordChecker: PasswordChecker = { verify: verifyPassword, spend: spendPasswordCheck };
