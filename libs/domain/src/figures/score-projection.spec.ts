import { projectRate } from './projection';
import { validateWeights, weightedScore } from './score';

describe('weighted score', () => {
  it('equal weights: achievements 1, 0,5 and 0,8 score 76,67', () => {
    const score = weightedScore([
      { weight: 1, achievement: 1 },
      { weight: 1, achievement: 0.5 },
      { weight: 1, achievement: 0.8 },
    ]);
    expect(score).toBeCloseTo(76.6667, 4);
  });

  it('indicators without data are left out, not counted as 0', () => {
    expect(
      weightedScore([
        { weight: 1, achievement: 0.5 },
        { weight: 1, achievement: null },
      ]),
    ).toBe(50);
  });

  it('weights 2 : 1 : 1 with achievements 1, 0, 0 score 50', () => {
    expect(
      weightedScore([
        { weight: 2, achievement: 1 },
        { weight: 1, achievement: 0 },
        { weight: 1, achievement: 0 },
      ]),
    ).toBe(50);
  });

  it('no indicator with data: no score', () => {
    expect(weightedScore([{ weight: 1, achievement: null }])).toBeNull();
  });

  it('weights must be above 0', () => {
    expect(validateWeights({ ONLINE_RESOLUTION: 2, DIGITIZATION: 0.5 }).ok).toBe(true);
    const result = validateWeights({ ONLINE_RESOLUTION: 0, DIGITIZATION: Number.NaN });
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_WEIGHT', ['weights', 'ONLINE_RESOLUTION']],
      ['INVALID_WEIGHT', ['weights', 'DIGITIZATION']],
    ]);
  });
});

describe('projection at the pace of the last 3 periods', () => {
  // Periods 1–2 at 10%, 3–5 at 50%: the last three set the pace.
  const weeks = [
    { numerator: 10, denominator: 100 },
    { numerator: 10, denominator: 100 },
    { numerator: 50, denominator: 100 },
    { numerator: 50, denominator: 100 },
    { numerator: 50, denominator: 100 },
  ];

  it('as of period 5 of 11: (170 + 6 × 50) / (500 + 6 × 100) = 42,73%, on track for 40% but not 45%', () => {
    const on = projectRate(weeks, 5, 11, 40);
    expect(on.projectedRate).toBeCloseTo((100 * 470) / 1100, 10);
    expect(on.onTrack).toBe(true);
    expect(projectRate(weeks, 5, 11, 45).onTrack).toBe(false);
  });

  it('as of the last period the projection is the current rate', () => {
    expect(projectRate(weeks, 5, 5, 34).projectedRate).toBe(34);
    expect(projectRate(weeks, 5, 5, 34).onTrack).toBe(true);
  });

  it('as of period 1 the pace is period 1 alone', () => {
    expect(projectRate(weeks, 1, 11, null)).toEqual({ projectedRate: 10, onTrack: null });
  });

  it('no dossiers at all: no projection', () => {
    expect(projectRate([null, undefined], 2, 11, 30)).toEqual({ projectedRate: null, onTrack: null });
  });
});
