import { CombinedGraphQLErrors } from '@apollo/client';
import { createI18n } from '../../i18n/i18n';
import { describeRequestError, describeUserError, splitListUserErrors, splitUserErrors } from './user-errors';

describe('splitListUserErrors', () => {
  const errors = [
    { code: 'INVALID_EMAIL', field: ['input', 'recipients', '1'], message: 'Sai địa chỉ' },
    { code: 'TOO_MANY', field: ['input', 'recipients'], message: 'Quá nhiều' },
    { code: 'INVALID_EMAIL', field: ['input', 'recipients', '7'], message: 'Ngoài danh sách' },
    { code: 'INVALID_INPUT', field: ['input', 'delayMinutes'], message: 'Sai độ trễ' },
    { code: 'X', field: ['input', 'recipients', '0', 'name'], message: 'Sâu hơn' },
  ];

  it('puts an error naming an item beside that item, and leaves the others', () => {
    const split = splitListUserErrors(errors, 'recipients', 3);
    expect(split.byItem).toEqual({ 1: ['Sai địa chỉ'] });
    expect(split.rest.map((error) => error.message)).toEqual(['Quá nhiều', 'Ngoài danh sách', 'Sai độ trễ', 'Sâu hơn']);
  });

  it('names no item of a list that is not named', () => {
    expect(splitListUserErrors(errors, 'offsetsMinutes', 3).byItem).toEqual({});
  });
});

describe('splitUserErrors', () => {
  it('puts a duplicate-code error beside the code field, whether or not the path starts with input', () => {
    const split = splitUserErrors(
      [
        { code: 'DUPLICATE_CODE', field: ['input', 'code'], message: 'Mã đã tồn tại' },
        { code: 'TOO_LONG', field: ['name'], message: 'Tên quá dài' },
      ],
      ['code', 'name', 'levelKey'] as const,
    );
    expect(split.byField).toEqual({ code: ['Mã đã tồn tại'], name: ['Tên quá dài'] });
    expect(split.general).toEqual([]);
  });

  it('puts an error without a known field at the top of the form', () => {
    const split = splitUserErrors(
      [
        { code: 'HAS_ACTIVE_CHILDREN', field: null, message: 'Còn đơn vị trực thuộc' },
        { code: 'X', field: ['input', 'somethingElse'], message: 'Khác' },
      ],
      ['code'] as const,
    );
    expect(split.byField).toEqual({});
    expect(split.general).toEqual(['Còn đơn vị trực thuộc', 'Khác']);
  });
});

describe('describeUserError', () => {
  const known = new Set(['userErrors.DUPLICATE_CODE']);
  const t = ((key: string) => (key === 'userErrors.DUPLICATE_CODE' ? 'Mã đơn vị này đã được dùng.' : key)) as never;

  it('says a known code in the interface language', () => {
    expect(
      describeUserError(
        { code: 'DUPLICATE_CODE', field: ['input', 'code'], message: 'A unit with code "964" already exists.' },
        t,
        (key) => known.has(key),
      ),
    ).toBe('Mã đơn vị này đã được dùng.');
  });

  it("keeps the server's message for a code it does not know", () => {
    expect(
      describeUserError({ code: 'MALFORMED_CSV', field: ['csv', '4'], message: 'Unclosed quote on line 4' }, t, (key) =>
        known.has(key),
      ),
    ).toBe('Unclosed quote on line 4');
  });
});

describe('describeRequestError', () => {
  it('says how long to wait when the rate budget is spent, in the interface language', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }],
    });
    const vi = createI18n('vi');
    expect(describeRequestError(error, vi.t)).toBe(
      'Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi 12 giây rồi thử lại.',
    );
    const en = createI18n('en');
    expect(describeRequestError(error, en.t)).toBe(
      'Too many requests in a short time. Please wait 12 s and try again.',
    );
  });
});
