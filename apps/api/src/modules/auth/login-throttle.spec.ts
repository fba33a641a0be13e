import { LoginThrottle } from './login-throttle';

describe('login throttle', () => {
  it('lets 5 failures for an account through, then makes the next attempt wait, doubling each time', () => {
    const throttle = new LoginThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++) throttle.recordFailure('a@b.vn', '1.1.1.1', t0);
    expect(throttle.retryAfter('a@b.vn', '1.1.1.1', t0)).toBe(0);
    throttle.recordFailure('a@b.vn', '1.1.1.1', t0);
    expect(throttle.retryAfter('a@b.vn', '1.1.1.1', t0)).toBe(1);
    throttle.recordFailure('a@b.vn', '1.1.1.1', t0);
    expect(throttle.retryAfter('a@b.vn', '1.1.1.1', t0)).toBe(2);
    expect(throttle.retryAfter('other@b.vn', '2.2.2.2', t0)).toBe(0);
    expect(throttle.retryAfter('a@b.vn', '1.1.1.1', t0 + 16 * 60_000)).toBe(0);
  });

  it("forgets an account's failures after a success", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 6; i++) throttle.recordFailure('a@b.vn', '1.1.1.1', 0);
    throttle.recordSuccess('a@b.vn');
    expect(throttle.retryAfter('a@b.vn', '9.9.9.9', 0)).toBe(0);
  });
});
