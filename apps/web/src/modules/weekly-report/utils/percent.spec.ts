import { percentCell } from './percent';

describe('a percentage in a (%) column', () => {
  it('writes 760 of 1.700 as 44,71 in Vietnamese and 44.71 in English', () => {
    expect(percentCell((760 / 1700) * 100, 'vi')).toBe('44,71');
    expect(percentCell((760 / 1700) * 100, 'en')).toBe('44.71');
  });

  it('leaves no data blank and writes 0 as 0,00', () => {
    expect(percentCell(null, 'vi')).toBe('');
    expect(percentCell(0, 'vi')).toBe('0,00');
  });
});
