import { chartScale } from './chart-scale';

describe('a chart axis that shows where the values sit', () => {
  it('zooms in on rates near 95 % with a 95 % target, on round ticks', () => {
    const { domain, ticks } = chartScale([94.2, 95.1, 96.3, null], 95);
    expect(domain[0]).toBeGreaterThanOrEqual(90);
    expect(domain[0]).toBeLessThan(94.2);
    expect(domain[1]).toBeGreaterThan(96.3);
    expect(domain[1]).toBeLessThanOrEqual(100);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });

  it('keeps the target in view when every value is far below it', () => {
    const { domain } = chartScale([20, 25, 30], 80);
    expect(domain[0]).toBeLessThan(20);
    expect(domain[1]).toBeGreaterThan(80);
  });

  it('never leaves 0–100 %', () => {
    expect(chartScale([0, 100], null).domain).toEqual([0, 100]);
    expect(chartScale([99.9, 100], 100).domain[1]).toBe(100);
    expect(chartScale([0.5, 1], null).domain[0]).toBe(0);
  });

  it('is 0–100 % with nothing to show', () => {
    expect(chartScale([null, null], null)).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
  });

  it('for random values, contains them all and the target, on at most 9 evenly spaced ticks', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 12) }, () => random() * 100);
      const target = random() < 0.3 ? null : Math.round(random() * 100);
      const { domain, ticks } = chartScale(values, target);
      for (const value of [...values, ...(target === null ? [] : [target])]) {
        expect(value).toBeGreaterThanOrEqual(domain[0]);
        expect(value).toBeLessThanOrEqual(domain[1]);
      }
      expect(ticks.length).toBeLessThanOrEqual(9);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    }
  });
});
