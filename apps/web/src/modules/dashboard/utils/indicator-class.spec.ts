import { indicatorClass } from './indicator-class';

const legend = [
  { code: 'GOOD', name: 'Tốt', minScore: 80 },
  { code: 'EXCELLENT', name: 'Xuất sắc', minScore: 95 },
  { code: 'WEAK', name: 'Yếu', minScore: 0 },
];

describe("an indicator's class in the scorecard", () => {
  it('is the class its achievement would earn as a score out of 100', () => {
    expect(indicatorClass(1, legend)?.code).toBe('EXCELLENT');
    expect(indicatorClass(0.95, legend)?.code).toBe('EXCELLENT');
    expect(indicatorClass(0.9499, legend)?.code).toBe('GOOD');
    expect(indicatorClass(0.2, legend)?.code).toBe('WEAK');
  });

  it('is none without data or a target', () => {
    expect(indicatorClass(null, legend)).toBeNull();
    expect(indicatorClass(undefined, legend)).toBeNull();
  });
});
