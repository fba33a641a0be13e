import { targetGaps } from './target-gap';

const indicator = (id: string, rate: number | null, target: number | null, met: boolean | null) => ({
  rate,
  target,
  met,
  shortfall: null,
  indicator: { id, name: id },
});

describe('targetGaps', () => {
  it('a district at 63,66% against 70% is 6,34 points short; the largest gap first; met last', () => {
    const gaps = targetGaps([
      indicator('ONLINE_RESOLUTION', 63.66, 70, false),
      indicator('DIGITIZATION', 95, 90, true),
      indicator('ONLINE_PAYMENT', 20, 40, false),
    ]);
    expect(gaps.map((gap) => gap.kind)).toEqual(['short', 'short', 'met']);
    expect(gaps[0]).toMatchObject({ kind: 'short', points: 20 });
    expect(gaps[1].kind === 'short' && gaps[1].points).toBeCloseTo(6.34, 10);
  });

  it('an indicator without data comes before the met ones; one without a target is left out', () => {
    const gaps = targetGaps([
      indicator('A', 100, 90, true),
      indicator('B', null, 50, null),
      indicator('C', 5, null, null),
    ]);
    expect(gaps.map((gap) => [gap.kind, gap.result.indicator.id])).toEqual([
      ['noData', 'B'],
      ['met', 'A'],
    ]);
  });
});
