import { CA_MAU_CAMPAIGN_TARGETS, CA_MAU_INDICATOR_CODES, CA_MAU_PLAN_2023_TARGETS } from '../fixtures/ca-mau';
import { TargetSet, levelDefaultTarget, resolveTarget, resolveTargets } from './resolve-target';
import { targetFraction, validateTargetValue } from './target-value';

const withOverride: TargetSet = {
  ...CA_MAU_CAMPAIGN_TARGETS,
  unitOverrides: { 'SO-TTTT': { ONLINE_PAYMENT: 62.5 } },
};

describe('target resolution', () => {
  it("a unit's own override wins over its level's default", () => {
    expect(resolveTarget(withOverride, { unitId: 'SO-TTTT', level: 'province' }, 'ONLINE_PAYMENT')).toEqual({
      value: 62.5,
      source: 'UNIT_OVERRIDE',
    });
  });

  it("without an override, the level's default applies (district: 70 / 70 / 35)", () => {
    expect(resolveTargets(withOverride, { unitId: '964', level: 'district' }, CA_MAU_INDICATOR_CODES)).toEqual({
      ONLINE_RESOLUTION: 70,
      DIGITIZATION: 70,
      ONLINE_PAYMENT: 35,
    });
    expect(resolveTarget(withOverride, { unitId: 'SO-TTTT', level: 'province' }, 'DIGITIZATION')?.source).toBe(
      'LEVEL_DEFAULT',
    );
  });

  it('a level without defaults and no override: no target, the indicator is not scored', () => {
    expect(resolveTarget(withOverride, { unitId: 'X', level: 'hamlet' }, 'ONLINE_RESOLUTION')).toBeNull();
    expect(resolveTarget(withOverride, { unitId: 'X', level: 'commune' }, 'SATISFACTION')).toBeNull();
  });

  it('built-in property names are not mistaken for units or levels', () => {
    expect(resolveTarget(withOverride, { unitId: 'constructor', level: '__proto__' }, 'toString')).toBeNull();
  });

  it('the 2023 plan holds communes to 30 / 55 / 30', () => {
    expect(
      resolveTargets(CA_MAU_PLAN_2023_TARGETS, { unitId: '32002', level: 'commune' }, CA_MAU_INDICATOR_CODES),
    ).toEqual({
      ONLINE_RESOLUTION: 30,
      DIGITIZATION: 55,
      ONLINE_PAYMENT: 30,
    });
    expect(levelDefaultTarget(CA_MAU_PLAN_2023_TARGETS, 'province', 'DIGITIZATION')).toBe(70);
    expect(levelDefaultTarget(CA_MAU_PLAN_2023_TARGETS, 'hamlet', 'DIGITIZATION')).toBeNull();
  });
});

describe('target values', () => {
  it('accepts 0, 62,5 and 100', () => {
    for (const value of [0, 62.5, 100]) expect(validateTargetValue(value)).toEqual({ ok: true, value });
  });

  it('refuses -1, 100,5 and NaN with TARGET_OUT_OF_RANGE', () => {
    for (const value of [-1, 100.5, Number.NaN]) {
      const result = validateTargetValue(value);
      expect(result.ok ? null : result.errors[0].code).toBe('TARGET_OUT_OF_RANGE');
    }
    const result = validateTargetValue(101, ['targets', 'ONLINE_RESOLUTION']);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'TARGET_OUT_OF_RANGE',
          field: ['targets', 'ONLINE_RESOLUTION'],
          message: expect.objectContaining({ en: 'The target 101 is not a percentage from 0 to 100.' }),
        },
      ],
    });
  });

  it('reads a percentage as an exact fraction: 30% = 3/10, 62,5% = 5/8, 0,97% = 97/10000, 1e-7% = 1/10⁹', () => {
    expect(targetFraction(30)).toEqual({ numerator: 3n, denominator: 10n });
    expect(targetFraction(62.5)).toEqual({ numerator: 5n, denominator: 8n });
    expect(targetFraction(0.97)).toEqual({ numerator: 97n, denominator: 10000n });
    expect(targetFraction(1e-7)).toEqual({ numerator: 1n, denominator: 1_000_000_000n });
    expect(targetFraction(0)).toEqual({ numerator: 0n, denominator: 1n });
    expect(targetFraction(100)).toEqual({ numerator: 1n, denominator: 1n });
    expect(targetFraction(1e21)).toEqual({ numerator: 10n ** 19n, denominator: 1n });
  });
});
