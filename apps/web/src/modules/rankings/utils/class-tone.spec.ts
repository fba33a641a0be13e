import { classTone, legendCodesBestFirst } from './class-tone';

describe('classTone', () => {
  it('colours a four-class legend green, blue, yellow and red, best first', () => {
    const legend = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK'];
    expect(legend.map((code) => classTone(code, legend))).toEqual([0, 1, 2, 4]);
  });

  it('keeps the worst of two classes red and the best green', () => {
    expect(classTone('PASS', ['PASS', 'FAIL'])).toBe(0);
    expect(classTone('FAIL', ['PASS', 'FAIL'])).toBe(4);
  });

  it('spreads a seven-class legend over the five colours', () => {
    const legend = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    expect(legend.map((code) => classTone(code, legend))).toEqual([0, 1, 1, 2, 3, 3, 4]);
  });

  it('gives no colour to a class the legend does not have', () => {
    expect(classTone('OTHER', ['GOOD', 'WEAK'])).toBeNull();
  });
});

describe('legendCodesBestFirst', () => {
  it('orders the legend by its minimum score, highest first', () => {
    const legend = [
      { code: 'WEAK', minScore: 0 },
      { code: 'GOOD', minScore: 80 },
      { code: 'AVERAGE', minScore: 50 },
    ];
    expect(legendCodesBestFirst(legend)).toEqual(['GOOD', 'AVERAGE', 'WEAK']);
  });
});
