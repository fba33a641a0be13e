import type { UserRowFragment } from '../../../generated/graphql';
import { userChanges } from './user-form';

const reporter: UserRowFragment = {
  id: 'user-7',
  email: 'baocao@camau.demo',
  name: 'Trần Thị Báo',
  role: 'REPORTER',
  disabled: false,
  unit: { id: 'u-973', code: '973', name: 'Huyện Đầm Dơi' },
};

describe('userChanges', () => {
  it('sends only the id when nothing changed (spaces around the name do not count)', () => {
    expect(userChanges(reporter, { name: ' Trần Thị Báo ', role: 'REPORTER', unitId: 'u-973' })).toEqual({
      id: 'user-7',
    });
  });

  it('sends a new role and a cleared unit as null', () => {
    expect(userChanges(reporter, { name: 'Trần Thị Báo', role: 'VIEWER', unitId: null })).toEqual({
      id: 'user-7',
      role: 'VIEWER',
      unitId: null,
    });
  });

  it('sends a trimmed new name and another unit', () => {
    expect(userChanges(reporter, { name: ' Trần Thị Bé ', role: 'REPORTER', unitId: 'u-970' })).toEqual({
      id: 'user-7',
      name: 'Trần Thị Bé',
      unitId: 'u-970',
    });
  });
});
