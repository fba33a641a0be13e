import { groupByParent } from './missing-by-parent';

const compare = new Intl.Collator('vi').compare;
const damDoi = { id: 'd1', name: 'Huyện Đầm Dơi' };
const caiNuoc = { id: 'd2', name: 'Huyện Cái Nước' };

describe('units not yet reported, grouped by district', () => {
  it('groups units under their parent, both in Vietnamese alphabetical order, units without a parent last', () => {
    const groups = groupByParent(
      [
        { id: '1', name: 'Xã Tạ An Khương', parent: damDoi },
        { id: '2', name: 'Văn phòng UBND tỉnh', parent: null },
        { id: '3', name: 'Xã Hưng Mỹ', parent: caiNuoc },
        { id: '4', name: 'Thị trấn Đầm Dơi', parent: damDoi },
      ],
      compare,
    );
    expect(groups.map((group) => [group.parent?.name ?? null, group.units.map((unit) => unit.name)])).toEqual([
      ['Huyện Cái Nước', ['Xã Hưng Mỹ']],
      ['Huyện Đầm Dơi', ['Thị trấn Đầm Dơi', 'Xã Tạ An Khương']],
      [null, ['Văn phòng UBND tỉnh']],
    ]);
  });

  it('has no group when every unit reported', () => {
    expect(groupByParent([], compare)).toEqual([]);
  });
});
