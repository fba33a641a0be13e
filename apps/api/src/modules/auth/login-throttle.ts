/**
 * Failed sign-ins per account and per address, with back-off: after 5 failures for an account (20 for an address)
 * within 15 minutes, further attempts wait 2^(failures − limit) seconds, up to 15 minutes. Kept in memory: one
 * process serves ThiĐua, and a restart forgetting the counts is acceptable.
 */
const WINDOW_MS = 15 * 60_000;
const LIMITS = { account: 5, address: 20 } as const;

interface Failures {
  count: number;
  first: number;
  last: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  /** Seconds to wait before trying again, or 0. */
  retryAfter(email: string, ip: string, now: number): number {
    return Math.max(
      this.wait(`account:${email}`, LIMITS.account, now),
      this.wait(`address:${ip}`, LIMITS.address, now),
    );
  }

  recordFailure(email: string, ip: string, now: number): void {
    for (const key of [`account:${email}`, `address:${ip}`]) {
      const current = this.failures.get(key);
      if (!current || now - current.first > WINDOW_MS) this.failures.set(key, { count: 1, first: now, last: now });
      else this.failures.set(key, { count: current.count + 1, first: current.first, last: now });
    }
    if (this.failures.size > 100_000) this.forgetOld(now);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const entry = this.failures.get(key);
    if (!entry || now - entry.first > WINDOW_MS || entry.count < limit) return 0;
    const backOff = Math.min(2 ** (entry.count - limit) * 1000, WINDOW_MS);
    return Math.max(0, Math.ceil((entry.last + backOff - now) / 1000));
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.first > WINDOW_MS) this.failures.delete(key);
  }
}
