import { DEFAULT_LEGEND, classOf, sortLegend, validateLegend } from './legend';

describe('legend', () => {
  const sorted = sortLegend(DEFAULT_LEGEND);

  it('default classes: 90 Xuất sắc, 89,99 Tốt, 75 Tốt, 50 Trung bình, 49,99 Yếu, 0 Yếu', () => {
    expect([90, 89.99, 75, 50, 49.99, 0].map((score) => classOf(sorted, score)?.label)).toEqual([
      'Xuất sắc',
      'Tốt',
      'Tốt',
      'Trung bình',
      'Yếu',
      'Yếu',
    ]);
    expect(classOf(sorted, null)).toBeNull();
  });

  it('the default legend is valid', () => {
    expect(validateLegend(DEFAULT_LEGEND).ok).toBe(true);
  });

  it('refuses an empty legend, repeated codes or thresholds, thresholds outside 0–100 and no class from 0', () => {
    expect(validateLegend([])).toEqual({
      ok: false,
      errors: [
        {
          code: 'INVALID_LEGEND',
          field: ['legend'],
          message: expect.objectContaining({ en: 'The legend needs at least one class.' }),
        },
      ],
    });
    const result = validateLegend([
      { code: 'A', label: 'A', minScore: 80 },
      { code: 'A', label: 'B', minScore: 80 },
      { code: '', label: 'C', minScore: 120 },
    ]);
    expect(result.ok ? [] : result.errors.map((error) => error.message.en)).toEqual([
      'The class code A appears more than once in the legend.',
      'Two classes of the legend start at the same score 80.',
      'Class 3 of the legend needs a code and a label.',
      'The lowest score 120 of class  is not from 0 to 100.',
      'One class of the legend must start at score 0, so that every score has a class.',
    ]);
  });
});
