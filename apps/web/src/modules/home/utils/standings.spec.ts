import { topAndBottom } from './standings';

const ranks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('topAndBottom', () => {
  it('a level of 9 districts (top 1–5, bottom 6–9) shows 1–3 and 7–9', () => {
    expect(topAndBottom({ top: ranks(1, 5), bottom: ranks(6, 9) })).toEqual({ head: [1, 2, 3], tail: [7, 8, 9] });
  });

  it('a level of 100 communes shows 1–3 and 98–100', () => {
    expect(topAndBottom({ top: ranks(1, 5), bottom: ranks(96, 100) })).toEqual({
      head: [1, 2, 3],
      tail: [98, 99, 100],
    });
  });

  it('a level of 4 shows each unit once: 1–3, then 4', () => {
    expect(topAndBottom({ top: ranks(1, 4), bottom: [] })).toEqual({ head: [1, 2, 3], tail: [4] });
  });

  it('an empty level shows nothing', () => {
    expect(topAndBottom({ top: [], bottom: [] })).toEqual({ head: [], tail: [] });
  });
});
