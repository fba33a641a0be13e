import { describeAuditValue, type AuditValueWords } from './audit-values';

const WORDS: AuditValueWords = {
  yes: 'Có',
  no: 'Không',
  date: (value) => `date(${value})`,
  dateTime: (value) => `dateTime(${value})`,
  number: (value) => `n(${value})`,
  unit: (id) => ({ 'u-973': 'Huyện Đầm Dơi' })[id] ?? null,
  moreUnits: (count) => `và ${count} đơn vị khác`,
  level: (id) => ({ 'l-2': 'Cấp huyện' })[id] ?? null,
  enumWord: (kind, value) =>
    (
      ({
        role: { REPORTER: 'Cán bộ báo cáo', ADMIN: 'Quản trị' },
        decision: { APPROVED: 'Đồng ý' },
        outcome: { DISCIPLINE: 'Xử lý' },
        campaignStatus: { ACTIVE: 'Đang diễn ra' },
        weekday: { FRIDAY: 'Thứ Sáu' },
        scope: { 'read:units': 'Đọc đơn vị', 'write:reports': 'Nộp báo cáo' },
      }) as Record<string, Record<string, string>>
    )[kind]?.[value] ?? null,
};
const say = (field: string, value: unknown) => describeAuditValue(field, value, WORDS);

describe('describeAuditValue', () => {
  it('says a reporter updated to an administrator, disabled or not, in words', () => {
    expect(say('role', 'REPORTER')).toBe('Cán bộ báo cáo');
    expect(say('role', 'ADMIN')).toBe('Quản trị');
    expect(say('disabled', false)).toBe('Không');
    expect(say('passwordReset', true)).toBe('Có');
  });

  it('names the unit and the level of an id, and keeps an id it cannot name', () => {
    expect(say('unitId', 'u-973')).toBe('Huyện Đầm Dơi');
    expect(say('parentId', 'u-973')).toBe('Huyện Đầm Dơi');
    expect(say('parentId', 'u-gone')).toBe('u-gone');
    expect(say('levelId', 'l-2')).toBe('Cấp huyện');
    expect(say('unitIds', ['u-973', 'u-gone'])).toBe('Huyện Đầm Dơi, u-gone');
  });

  it('names the first ten units of a long list and counts the rest', () => {
    const ids = ['u-973', ...Array.from({ length: 11 }, (_, i) => `u-${i}`)];
    expect(say('unitIds', ids)).toBe('Huyện Đầm Dơi, u-0, u-1, u-2, u-3, u-4, u-5, u-6, u-7, u-8 và 2 đơn vị khác');
  });

  it('formats calendar dates as dates and instants as date and time', () => {
    expect(say('startDate', '2023-03-01')).toBe('date(2023-03-01)');
    expect(say('decisionDate', '2023-03-10T00:00:00.000Z')).toBe('date(2023-03-10T00:00:00.000Z)');
    expect(say('revokedAt', '2026-11-28T18:00:00.000Z')).toBe('dateTime(2026-11-28T18:00:00.000Z)');
    expect(say('archivedAt', '2026-11-28')).toBe('date(2026-11-28)');
    expect(say('period', 5)).toBe('n(5)');
  });

  it('says scopes, decisions, outcomes, statuses and weekdays in words', () => {
    expect(say('scopes', ['read:units', 'write:reports'])).toBe('Đọc đơn vị, Nộp báo cáo');
    expect(say('decision', 'APPROVED')).toBe('Đồng ý');
    expect(say('outcome', 'DISCIPLINE')).toBe('Xử lý');
    expect(say('status', 'ACTIVE')).toBe('Đang diễn ra');
    expect(say('dueWeekday', 'FRIDAY')).toBe('Thứ Sáu');
  });

  it('keeps unknown fields, unknown codes and values of an unexpected shape as stored', () => {
    expect(say('role', 'AUDITOR')).toBe('AUDITOR');
    expect(say('scopes', ['read:units', 'read:dossiers'])).toBe('Đọc đơn vị, read:dossiers');
    expect(say('disabled', 'yes')).toBe('yes');
    expect(say('startDate', 'soon')).toBe('soon');
    expect(say('period', '5')).toBe('5');
    expect(say('somethingNew', true)).toBe('true');
    expect(say('values', [{ indicatorCode: 'DIGITIZATION', numerator: 3 }])).toBe(
      '[{"indicatorCode":"DIGITIZATION","numerator":3}]',
    );
    expect(say('role', null)).toBeNull();
    expect(say('unitId', undefined)).toBeNull();
  });
});
