import { notReportedByParent, type StatusRowLike } from './not-reported';

const DAM_DOI = { id: 'u-973', name: 'Huyện Đầm Dơi' };
const CAI_NUOC = { id: 'u-970', name: 'Huyện Cái Nước' };
const row = (name: string, status: StatusRowLike['status'], parent: { id: string; name: string } | null) => ({
  status,
  unit: { id: name, name, parent },
});

describe('notReportedByParent', () => {
  it('groups missing and not-due units by district, districts and units by name; reported ones left out', () => {
    const groups = notReportedByParent([
      row('Xã Tân Duyệt', 'MISSING', DAM_DOI),
      row('Xã Quách Phẩm', 'ON_TIME', DAM_DOI),
      row('Xã Ngọc Chánh', 'NOT_DUE', DAM_DOI),
      row('Xã Hưng Mỹ', 'MISSING', CAI_NUOC),
      row('Xã Đông Thới', 'LATE', CAI_NUOC),
      row('Tỉnh Cà Mau', 'MISSING', null),
    ]);
    expect(groups.map((group) => [group.parent?.name ?? null, group.rows.map((r) => r.unit.name)])).toEqual([
      ['Huyện Cái Nước', ['Xã Hưng Mỹ']],
      ['Huyện Đầm Dơi', ['Xã Ngọc Chánh', 'Xã Tân Duyệt']],
      [null, ['Tỉnh Cà Mau']],
    ]);
  });

  it('has no group when every unit reported', () => {
    expect(notReportedByParent([row('Xã Tân Duyệt', 'ON_TIME', DAM_DOI)])).toEqual([]);
  });
});
