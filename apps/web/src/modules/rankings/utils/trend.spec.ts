import { cumulativeRates } from './trend';

describe('cumulativeRates', () => {
  it('sums counts over periods 1..p and leaves periods before any dossier blank', () => {
    const counts = new Map([
      [2, { numerator: 30, denominator: 100 }],
      [3, { numerator: 70, denominator: 100 }],
    ]);
    expect(cumulativeRates([1, 2, 3, 4], counts)).toEqual([null, 30, 50, 50]);
  });
});
