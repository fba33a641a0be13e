import { validateIndicatorCode, validateIndicatorCodes } from './indicator-code';

describe('indicator codes', () => {
  it('accepts ONLINE_RESOLUTION and refuses codes that would break a rule variable path', () => {
    expect(validateIndicatorCode('ONLINE_RESOLUTION').ok).toBe(true);
    for (const code of ['online', 'A.B', '', '1ST', 'constructor']) {
      const result = validateIndicatorCode(code);
      expect(result.ok ? null : result.errors[0].code).toBe('INVALID_INDICATOR_CODE');
    }
  });

  it('refuses a code listed twice, naming it', () => {
    const result = validateIndicatorCodes(['DIGITIZATION', 'DIGITIZATION', 'bad']);
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field, error.message.en])).toEqual([
      ['DUPLICATE_INDICATOR', ['indicators', '1'], 'The indicator DIGITIZATION is listed more than once.'],
      [
        'INVALID_INDICATOR_CODE',
        ['indicators', '2'],
        'The indicator code "bad" must start with a capital letter and use only capital letters, digits and underscores (at most 64), e.g. ONLINE_RESOLUTION.',
      ],
    ]);
    expect(validateIndicatorCodes(['A', 'B'])).toEqual({ ok: true, value: ['A', 'B'] });
  });
});
