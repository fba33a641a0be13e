import type { CurrentUserFragment, UnitRowFragment } from '../generated/graphql';

export const LEVELS = [
  { __typename: 'Level' as const, id: 'lv-1', key: 'province', name: 'Cấp tỉnh', depth: 1 },
  { __typename: 'Level' as const, id: 'lv-2', key: 'district', name: 'Cấp huyện', depth: 2 },
  { __typename: 'Level' as const, id: 'lv-3', key: 'commune', name: 'Cấp xã', depth: 3 },
];

export const ADMIN: CurrentUserFragment & { __typename: 'User' } = {
  __typename: 'User',
  id: 'user-1',
  email: 'admin@thidua.local',
  name: 'Nguyễn Văn Quản',
  role: 'ADMIN',
  unit: null,
};

type Row = UnitRowFragment & { __typename: 'Unit' };

export function unitRow(
  partial: Partial<UnitRowFragment> & Pick<UnitRowFragment, 'id' | 'code' | 'name'>,
  levelIndex = 0,
  parent?: Row,
): Row {
  const level = LEVELS[levelIndex];
  return {
    __typename: 'Unit',
    archived: false,
    version: 1,
    childCount: 0,
    childCountWithArchived: partial.childCount ?? 0,
    level,
    parent: parent
      ? ({ __typename: 'Unit', id: parent.id, code: parent.code, name: parent.name } as UnitRowFragment['parent'])
      : null,
    ...partial,
  } as Row;
}

export function connection(units: Row[], { hasNextPage = false, totalCount = units.length } = {}) {
  return {
    __typename: 'UnitConnection' as const,
    totalCount,
    edges: units.map((node) => ({ __typename: 'UnitEdge' as const, cursor: `c-${node.id}`, node })),
    pageInfo: {
      __typename: 'PageInfo' as const,
      hasNextPage,
      endCursor: units.length ? `c-${units[units.length - 1].id}` : null,
    },
  };
}

export const CA_MAU = unitRow({ id: 'u-96', code: '96', name: 'Tỉnh Cà Mau', childCount: 2 });
export const TP_CA_MAU = unitRow({ id: 'u-964', code: '964', name: 'Thành phố Cà Mau', childCount: 17 }, 1, CA_MAU);
export const CAI_NUOC = unitRow({ id: 'u-970', code: '970', name: 'Huyện Cái Nước', childCount: 11 }, 1, CA_MAU);
