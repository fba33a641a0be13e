import {
  cellErrorsOf,
  dirtyCells,
  formatTarget,
  levelCellKey,
  savedTargetsOf,
  targetInputsOf,
  unitCellKey,
} from './target-cells';

const set = {
  id: 'ts-1',
  key: 'campaign',
  name: 'Chỉ tiêu chiến dịch',
  primary: true,
  version: 3,
  targets: [
    {
      id: 't1',
      value: 80,
      indicator: { id: 'i1', code: 'ONLINE_RESOLUTION' },
      level: { id: 'lv-1', key: 'province' },
      unit: null,
    },
    { id: 't2', value: 75, indicator: { id: 'i1', code: 'ONLINE_RESOLUTION' }, level: null, unit: { id: 'u-970' } },
  ],
};

describe('target cells', () => {
  it('reads a set into level defaults and unit overrides', () => {
    const saved = savedTargetsOf(set);
    expect(saved.get(levelCellKey('province', 'ONLINE_RESOLUTION'))).toBe(80);
    expect(saved.get(unitCellKey('u-970', 'ONLINE_RESOLUTION'))).toBe(75);
  });

  it('keeps only the cells that change: a value typed again the same way is not a change', () => {
    const saved = savedTargetsOf(set);
    const dirty = dirtyCells(
      {
        [levelCellKey('province', 'ONLINE_RESOLUTION')]: '80',
        [levelCellKey('district', 'ONLINE_RESOLUTION')]: '70',
        [unitCellKey('u-970', 'ONLINE_RESOLUTION')]: '',
        [levelCellKey('commune', 'ONLINE_RESOLUTION')]: 'abc',
        [levelCellKey('commune', 'DIGITIZATION')]: '',
      },
      saved,
    );
    expect(dirty).toEqual([
      { key: levelCellKey('district', 'ONLINE_RESOLUTION'), value: 70 },
      { key: unitCellKey('u-970', 'ONLINE_RESOLUTION'), value: null },
      { key: levelCellKey('commune', 'ONLINE_RESOLUTION'), value: undefined },
    ]);
    expect(targetInputsOf(dirty).targets).toEqual([
      { indicatorCode: 'ONLINE_RESOLUTION', levelKey: 'district', value: 70 },
      { indicatorCode: 'ONLINE_RESOLUTION', unitId: 'u-970', value: null },
    ]);
  });

  it('puts a refused entry back on its cell by its index in the list sent', () => {
    const keys = [levelCellKey('district', 'ONLINE_RESOLUTION'), unitCellKey('u-1', 'DIGITIZATION')];
    const { byCell, general } = cellErrorsOf(
      [
        { code: 'ARCHIVED_UNIT', field: ['input', 'targets', '1', 'unitId'], message: 'archived' },
        { code: 'STALE', field: ['input', 'version'], message: 'stale' },
      ],
      keys,
    );
    expect(byCell).toEqual({ [unitCellKey('u-1', 'DIGITIZATION')]: ['archived'] });
    expect(general).toEqual(['stale']);
  });

  it('writes 62.5 with a decimal comma in Vietnamese', () => {
    expect(formatTarget(62.5, 'vi-VN')).toBe('62,5');
    expect(formatTarget(100, 'vi-VN')).toBe('100');
  });
});
