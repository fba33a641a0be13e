import fc from 'fast-check';
import { backOffMs, secondsToWait, THROTTLE, type AttemptHistory } from './login-throttle';

const T0 = 1_700_000_000_000;
const fresh: AttemptHistory = {
  addressFailures: 0,
  addressFirstFailureAt: null,
  pairFailures: 0,
  pairLastFailureAt: null,
  accountFailures: 0,
  accountLastAttemptAt: null,
};

const histories = fc.record({
  addressFailures: fc.nat(200),
  addressFirstFailureAt: fc.option(fc.integer({ min: T0 - THROTTLE.windowMs, max: T0 })),
  pairFailures: fc.nat(200),
  pairLastFailureAt: fc.option(fc.integer({ min: T0 - THROTTLE.windowMs, max: T0 })),
  accountFailures: fc.nat(10_000),
  accountLastAttemptAt: fc.option(fc.integer({ min: T0 - THROTTLE.windowMs, max: T0 })),
});

describe('the back-off', () => {
  it('is free up to the limit, then 1 s, doubling, and never over its cap', () => {
    expect([4, 5, 6, 7, 14].map((failures) => backOffMs(failures, 5, 15 * 60_000))).toEqual([
      0, 1000, 2000, 4000, 512_000,
    ]);
    expect(backOffMs(15, 5, 15 * 60_000)).toBe(15 * 60_000);
    expect(backOffMs(1_000_000, 5, 60_000)).toBe(60_000);
  });

  it('grows with the failures and stays within its cap', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        const cap = THROTTLE.pairMaxWaitMs;
        expect(backOffMs(few, 5, cap)).toBeLessThanOrEqual(backOffMs(many, 5, cap));
        expect(backOffMs(many, 5, cap)).toBeLessThanOrEqual(cap);
      }),
    );
  });
});

describe('when a sign-in attempt may reach the password check', () => {
  it('lets the first 5 failures of an account from one address through, then makes the 6th wait 1 s', () => {
    const after = (failures: number): AttemptHistory => ({
      ...fresh,
      addressFailures: failures,
      addressFirstFailureAt: T0,
      pairFailures: failures,
      pairLastFailureAt: T0,
      accountFailures: failures,
      accountLastAttemptAt: T0,
    });
    expect([0, 1, 4].map((failures) => secondsToWait(after(failures), T0))).toEqual([0, 0, 0]);
    expect(secondsToWait(after(5), T0)).toBe(1);
    expect(secondsToWait(after(5), T0 + 1000)).toBe(0);
    expect(secondsToWait(after(8), T0 + 1000)).toBe(7);
  });

  it('blocks an address with 20 failures, whatever the accounts, until its first failure is 15 minutes old', () => {
    const history = { ...fresh, addressFailures: 20, addressFirstFailureAt: T0 };
    expect(secondsToWait(history, T0 + 60_000)).toBe(14 * 60);
    expect(secondsToWait(history, T0 + THROTTLE.windowMs)).toBe(0);
    expect(secondsToWait({ ...history, addressFailures: 19 }, T0 + 60_000)).toBe(0);
  });

  it('never holds up an address that has not failed for the account, however hammered the account is', () => {
    fc.assert(
      fc.property(histories, fc.integer({ min: T0, max: T0 + THROTTLE.windowMs }), (history, now) => {
        const owner = { ...history, pairFailures: 0, pairLastFailureAt: null, addressFailures: 0 };
        expect(secondsToWait(owner, now)).toBe(0);
      }),
    );
  });

  it('slows an address that has failed for a hammered account by at most a minute, on account of others', () => {
    fc.assert(
      fc.property(histories, fc.integer({ min: 1, max: 4 }), (history, pairFailures) => {
        const wait = secondsToWait(
          { ...history, addressFailures: pairFailures, pairFailures, pairLastFailureAt: T0 },
          T0,
        );
        expect(wait).toBeLessThanOrEqual(THROTTLE.accountMaxWaitMs / 1000);
        if (history.accountFailures >= THROTTLE.accountLimit && history.accountLastAttemptAt === T0)
          expect(wait).toBeGreaterThan(0);
      }),
    );
  });

  it('never asks for more than the window, in whole seconds', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const wait = secondsToWait(history, T0);
        expect(Number.isInteger(wait)).toBe(true);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(THROTTLE.windowMs / 1000);
      }),
    );
  });
});
