import { auditDiff, displayValue, entityLabel } from './audit-diff';

describe('auditDiff', () => {
  it('marks only the role and the unit of an updated reporter as changed', () => {
    const before = { name: 'Trần Thị Báo', role: 'REPORTER', unitId: 'u-973', disabled: false };
    const after = { name: 'Trần Thị Báo', role: 'VIEWER', unitId: null, disabled: false, passwordReset: false };
    expect(auditDiff(before, after)).toEqual([
      { field: 'name', before: 'Trần Thị Báo', after: 'Trần Thị Báo', changed: false },
      { field: 'role', before: 'REPORTER', after: 'VIEWER', changed: true },
      { field: 'unitId', before: 'u-973', after: null, changed: true },
      { field: 'disabled', before: false, after: false, changed: false },
      { field: 'passwordReset', before: undefined, after: false, changed: true },
    ]);
  });

  it('counts every field of a creation (no before) as changed, nested values compared whole', () => {
    expect(auditDiff(null, { name: 'Cổng dịch vụ công', scopes: ['read:units'] })).toEqual([
      { field: 'name', before: undefined, after: 'Cổng dịch vụ công', changed: true },
      { field: 'scopes', before: undefined, after: ['read:units'], changed: true },
    ]);
  });

  it('has nothing to show for a sign-in (no values)', () => {
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('compares values that are not objects as one field', () => {
    expect(auditDiff([1, 2], [1, 3])).toEqual([{ field: '', before: [1, 2], after: [1, 3], changed: true }]);
  });
});

describe('displayValue and entityLabel', () => {
  it('shows text as is, other values as JSON, nothing as null', () => {
    expect(displayValue('VIEWER')).toBe('VIEWER');
    expect(displayValue(['read:units', 'read:rankings'])).toBe('["read:units","read:rankings"]');
    expect(displayValue(false)).toBe('false');
    expect(displayValue(null)).toBeNull();
  });

  it('names the entry by its name, else its email or code', () => {
    expect(entityLabel({ name: 'Huyện Đầm Dơi' }, { name: 'Huyện Đầm Dơi mới' })).toBe('Huyện Đầm Dơi mới');
    expect(entityLabel(null, { email: 'a@b.vn' })).toBe('a@b.vn');
    expect(entityLabel(null, { revokedAt: '2026-11-28T18:00:00Z' })).toBeNull();
  });
});
