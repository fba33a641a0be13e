import { effectiveTargets } from './effective-target';

const set = (primary: boolean, targets: { value: number; code: string; level?: string; unit?: string }[]) => ({
  primary,
  targets: targets.map((target) => ({
    value: target.value,
    indicator: { code: target.code },
    level: target.level ? { key: target.level } : null,
    unit: target.unit ? { id: target.unit } : null,
  })),
});

describe('effectiveTargets', () => {
  const sets = [
    set(false, [{ value: 30, code: 'ONLINE_RESOLUTION', level: 'district' }]),
    set(true, [
      { value: 72.5, code: 'ONLINE_RESOLUTION', unit: 'u-970' },
      { value: 70, code: 'ONLINE_RESOLUTION', level: 'district' },
      { value: 70, code: 'DIGITIZATION', level: 'district' },
      { value: 65, code: 'DIGITIZATION', level: 'commune' },
    ]),
  ];

  it('takes Huyện Đầm Dơi’s own 72,5% override over the district default, from the primary set only', () => {
    expect(Object.fromEntries(effectiveTargets(sets, 'u-970', 'district'))).toEqual({
      ONLINE_RESOLUTION: 72.5,
      DIGITIZATION: 70,
    });
  });

  it('gives another district the level default and no target where the level has none', () => {
    const targets = effectiveTargets(sets, 'u-964', 'district');
    expect(targets.get('ONLINE_RESOLUTION')).toBe(70);
    expect(targets.has('ONLINE_PAYMENT')).toBe(false);
  });
});
