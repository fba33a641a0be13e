import type { Locator } from 'playwright-core';

/**
 * Waits until the locator matches `expected` elements — a list still loading or re-rendering settles first — and
 * fails with the last count seen after `timeout` ms (Playwright's toHaveCount, which playwright-core does not ship).
 */
export async function expectCount(locator: Locator, expected: number, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let seen = await locator.count();
  while (seen !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
  expect(seen).toBe(expected);
}
