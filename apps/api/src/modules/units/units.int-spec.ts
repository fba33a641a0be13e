import { startTestApp, type TestApp } from '../../../test/harness';

const UNIT_FIELDS = `id code name archived childCount level { key } parent { code }`;
const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { ${UNIT_FIELDS} } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { ${UNIT_FIELDS} } userErrors { code field message } } }`;
const ARCHIVE = `mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { unit { ${UNIT_FIELDS} } userErrors { code field message } } }`;
const UNITS = `query($levelKey: String, $parentId: ID, $rootsOnly: Boolean, $search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  units(levelKey: $levelKey, parentId: $parentId, rootsOnly: $rootsOnly, search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${UNIT_FIELDS} } }
  }
}`;

describe('units', () => {
  let app: TestApp;
  let admin: string;
  const idOf = async (code: string): Promise<string> => {
    const result = await app.gql(UNITS, { search: code, includeArchived: true, first: 500 }, admin);
    return result.data?.units.edges.find((edge: { node: { code: string } }) => edge.node.code === code).node.id;
  };
  const countUnits = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM units'))[0].n);

  /**
   * Each group below has a database of its own: the reading group counts the demo's tree exactly, so the units the
   * writing groups add (whichever order they run in) must not be there.
   */
  const freshApp = () => {
    beforeAll(async () => {
      app = await startTestApp();
      admin = await app.loginAs('admin@camau.demo');
    });
    afterAll(() => app.close());
  };

  describe('reading the Cà Mau tree', () => {
    freshApp();

    it('has the provincial committee, 19 provincial agencies, 9 districts and 101 communes', async () => {
      const totals: Record<string, number> = {};
      for (const levelKey of ['committee', 'province', 'district', 'commune']) {
        totals[levelKey] = (await app.gql(UNITS, { levelKey, first: 0 }, admin)).data?.units.totalCount;
      }
      expect(totals).toEqual({ committee: 1, province: 19, district: 9, commune: 101 });
    });

    it('has one root, the provincial committee, with 28 units under it', async () => {
      const roots = await app.gql(UNITS, { rootsOnly: true }, admin);
      expect(
        roots.data?.units.edges.map((e: { node: { code: string; childCount: number } }) => [
          e.node.code,
          e.node.childCount,
        ]),
      ).toEqual([['96', 28]]);
    });

    it('pages through children with cursors: Huyện Đầm Dơi has 16 communes', async () => {
      const damDoi = await idOf('970');
      const first = await app.gql(
        `query($id: ID!) { unit(id: $id) { name children(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { code parent { code } } } } } }`,
        { id: damDoi },
        admin,
      );
      const page1 = first.data?.unit.children;
      expect(first.data?.unit.name).toBe('Huyện Đầm Dơi');
      expect(page1.totalCount).toBe(16);
      expect(page1.edges).toHaveLength(10);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await app.gql(UNITS, { parentId: damDoi, first: 10, after: page1.pageInfo.endCursor }, admin);
      expect(second.data?.units.edges).toHaveLength(6);
      expect(second.data?.units.pageInfo.hasNextPage).toBe(false);
      const codes = [...page1.edges, ...second.data?.units.edges].map((e: { node: { code: string } }) => e.node.code);
      expect(new Set(codes).size).toBe(16);
    });

    it('finds units ignoring case and diacritics', async () => {
      const result = await app.gql(UNITS, { search: 'dam doi' }, admin);
      expect(result.data?.units.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Huyện Đầm Dơi',
        'Thị trấn Đầm Dơi',
      ]);
    });

    it('finds the same units however the name is typed: capitals, accents, đ and extra spaces', async () => {
      const names = async (search: string) =>
        (await app.gql(UNITS, { search }, admin)).data?.units.edges.map((e: { node: { name: string } }) => e.node.name);
      const expected = ['Huyện Đầm Dơi', 'Thị trấn Đầm Dơi'];
      for (const search of ['ĐẦM DƠI', '  dam   DOI ', 'Đầm Dơi'.normalize('NFD')])
        expect(await names(search)).toEqual(expected);
      expect(await names('ca mau')).toContain('UBND tỉnh Cà Mau');
    });

    it('still finds a unit by its code, and a code with its name', async () => {
      const codes = async (search: string) =>
        (await app.gql(UNITS, { search }, admin)).data?.units.edges.map((e: { node: { code: string } }) => e.node.code);
      expect(await codes('970')).toContain('970');
      expect(await codes('970 huyen dam')).toEqual(['970']);
    });

    it('refuses a page larger than 500 and a cursor it did not give', async () => {
      expect((await app.gql(UNITS, { first: 501 }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await app.gql(UNITS, { after: 'bm9wZQ' }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers null for an unknown or malformed id', async () => {
      expect((await app.gql(`{ unit(id: "nope") { id } }`, {}, admin)).data?.unit).toBeNull();
      expect(
        (await app.gql(`{ unit(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, admin)).data?.unit,
      ).toBeNull();
    });
  });

  describe('creating', () => {
    freshApp();

    it('creates a commune under its district and records it in the audit log', async () => {
      const parentId = await idOf('970');
      const result = await app.gql(
        CREATE,
        { input: { code: ' 99901 ', name: ' Xã Thử Nghiệm ', levelKey: 'commune', parentId } },
        admin,
      );
      expect(result.data?.createUnit).toMatchObject({
        userErrors: [],
        unit: {
          code: '99901',
          name: 'Xã Thử Nghiệm',
          archived: false,
          childCount: 0,
          level: { key: 'commune' },
          parent: { code: '970' },
        },
      });
      const audit = await app.dataSource.query(
        `SELECT action, after->>'code' AS code FROM audit_entries WHERE entity_id = $1`,
        [result.data?.createUnit.unit.id],
      );
      expect(audit).toEqual([{ action: 'createUnit', code: '99901' }]);
    });

    it.each([
      [{ code: '', name: 'X', levelKey: 'commune' }, 'REQUIRED', 'code'],
      [{ code: 'x'.repeat(41), name: 'X', levelKey: 'commune' }, 'TOO_LONG', 'code'],
      [{ code: 'a b', name: 'X', levelKey: 'commune' }, 'INVALID_FORMAT', 'code'],
      [{ code: 'N1', name: '   ', levelKey: 'commune' }, 'REQUIRED', 'name'],
      [{ code: 'N2', name: 'x'.repeat(201), levelKey: 'commune' }, 'TOO_LONG', 'name'],
      [{ code: '32002', name: 'Phường 4 bis', levelKey: 'commune' }, 'DUPLICATE_CODE', 'code'],
      [{ code: 'N3', name: 'X', levelKey: 'hamlet' }, 'UNKNOWN_LEVEL', 'levelKey'],
      [
        { code: 'N4', name: 'X', levelKey: 'commune', parentId: '00000000-0000-4000-8000-000000000000' },
        'UNKNOWN_PARENT',
        'parentId',
      ],
    ])('refuses %j with %s on %s and writes nothing', async (input, code, field) => {
      const before = await countUnits();
      const result = await app.gql(CREATE, { input }, admin);
      expect(result.data?.createUnit.unit).toBeNull();
      expect(result.data?.createUnit.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
      expect(result.data?.createUnit.userErrors[0].message.length).toBeGreaterThan(10);
      expect(await countUnits()).toBe(before);
    });

    it('gives one of two concurrent creates of the same code a DUPLICATE_CODE error', async () => {
      const input = { code: 'RACE-1', name: 'Đơn vị đua', levelKey: 'province' };
      const results = await Promise.all([app.gql(CREATE, { input }, admin), app.gql(CREATE, { input }, admin)]);
      const errors = results.map((r) => r.data?.createUnit.userErrors.map((e: { code: string }) => e.code));
      expect(errors.sort()).toEqual([[], ['DUPLICATE_CODE']]);
    });
  });

  describe('updating and archiving', () => {
    freshApp();

    it('renames a unit, bumps its version and refuses a stale version', async () => {
      const id = await idOf('96-BDT');
      const version = Number((await app.dataSource.query('SELECT version FROM units WHERE id = $1', [id]))[0].version);
      const renamed = await app.gql(UPDATE, { input: { id, name: 'Ban Dân tộc tỉnh', version } }, admin);
      expect(renamed.data?.updateUnit).toMatchObject({ userErrors: [], unit: { name: 'Ban Dân tộc tỉnh' } });
      const stale = await app.gql(UPDATE, { input: { id, name: 'Lost edit', version } }, admin);
      expect(stale.data?.updateUnit.userErrors).toEqual([
        expect.objectContaining({ code: 'STALE', field: ['input', 'version'] }),
      ]);
      expect((await app.gql(`query($id: ID!) { unit(id: $id) { name } }`, { id }, admin)).data?.unit.name).toBe(
        'Ban Dân tộc tỉnh',
      );
    });

    it('moves a commune to another district and clears a parent with null', async () => {
      // Its own commune: 32002 stays where the cycle test expects it.
      const created = await app.gql(
        CREATE,
        { input: { code: 'MOVE-1', name: 'Xã Di Chuyển', levelKey: 'commune', parentId: await idOf('964') } },
        admin,
      );
      expect(created.data?.createUnit).toMatchObject({ userErrors: [], unit: { parent: { code: '964' } } });
      const id = created.data?.createUnit.unit.id;
      const moved = await app.gql(UPDATE, { input: { id, parentId: await idOf('966') } }, admin);
      expect(moved.data?.updateUnit.unit.parent).toEqual({ code: '966' });
      const root = await app.gql(UPDATE, { input: { id, parentId: null } }, admin);
      expect(root.data?.updateUnit.unit.parent).toBeNull();
    });

    it('refuses a parent that would make a cycle', async () => {
      const province = await idOf('96');
      const self = await app.gql(UPDATE, { input: { id: province, parentId: province } }, admin);
      expect(self.data?.updateUnit.userErrors).toEqual([
        expect.objectContaining({ code: 'CYCLE', field: ['input', 'parentId'] }),
      ]);
      const underGrandchild = await app.gql(UPDATE, { input: { id: province, parentId: await idOf('32002') } }, admin);
      expect(underGrandchild.data?.updateUnit.userErrors).toEqual([expect.objectContaining({ code: 'CYCLE' })]);
      expect(
        (await app.gql(`query($id: ID!) { unit(id: $id) { parent { id } } }`, { id: province }, admin)).data?.unit
          .parent,
      ).toBeNull();
    });

    it('refuses to archive a unit with active children, then archives once they are gone', async () => {
      const district = await idOf('973');
      const refused = await app.gql(ARCHIVE, { input: { id: district } }, admin);
      expect(refused.data?.archiveUnit.userErrors).toEqual([
        expect.objectContaining({ code: 'HAS_ACTIVE_CHILDREN', field: ['input', 'id'] }),
      ]);
      const created = await app.gql(CREATE, { input: { code: 'TMP-1', name: 'Tạm', levelKey: 'commune' } }, admin);
      const id = created.data?.createUnit.unit.id;
      const archived = await app.gql(ARCHIVE, { input: { id } }, admin);
      expect(archived.data?.archiveUnit).toMatchObject({ userErrors: [], unit: { archived: true } });
      expect((await app.gql(ARCHIVE, { input: { id } }, admin)).data?.archiveUnit.userErrors[0].code).toBe(
        'ALREADY_ARCHIVED',
      );
      const hidden = await app.gql(UNITS, { search: 'TMP-1' }, admin);
      expect(hidden.data?.units.totalCount).toBe(0);
      const shown = await app.gql(UNITS, { search: 'TMP-1', includeArchived: true }, admin);
      expect(shown.data?.units.totalCount).toBe(1);
    });

    it('counts archived children only when asked, and exposes the version to send back', async () => {
      const parentId = await idOf('971');
      const created = await app.gql(
        CREATE,
        { input: { code: 'TMP-4', name: 'Tạm 4', levelKey: 'commune', parentId } },
        admin,
      );
      await app.gql(ARCHIVE, { input: { id: created.data?.createUnit.unit.id } }, admin);
      const result = await app.gql(
        `query($id: ID!) { unit(id: $id) { version childCount all: childCount(includeArchived: true) } }`,
        { id: parentId },
        admin,
      );
      expect(result.data?.unit).toEqual({ version: 1, childCount: 8, all: 9 });
    });

    it('refuses an archived parent', async () => {
      const created = await app.gql(CREATE, { input: { code: 'TMP-2', name: 'Tạm 2', levelKey: 'district' } }, admin);
      const parentId = created.data?.createUnit.unit.id;
      await app.gql(ARCHIVE, { input: { id: parentId } }, admin);
      const result = await app.gql(
        CREATE,
        { input: { code: 'TMP-3', name: 'Con', levelKey: 'commune', parentId } },
        admin,
      );
      expect(result.data?.createUnit.userErrors).toEqual([
        expect.objectContaining({ code: 'ARCHIVED_PARENT', field: ['input', 'parentId'] }),
      ]);
    });

    it('answers NOT_FOUND for an unknown unit', async () => {
      const result = await app.gql(UPDATE, { input: { id: 'missing', name: 'X' } }, admin);
      expect(result.data?.updateUnit.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] }),
      ]);
    });
  });

  describe('who may write', () => {
    freshApp();

    it.each(['hoidong@camau.demo', 'baocao@camau.demo', 'xem@camau.demo'])('answers FORBIDDEN to %s', async (email) => {
      const token = await app.loginAs(email);
      for (const [query, input] of [
        [CREATE, { code: 'NO', name: 'No', levelKey: 'commune' }],
        [UPDATE, { id: 'x', name: 'No' }],
        [ARCHIVE, { id: 'x' }],
      ] as const) {
        expect((await app.gql(query, { input }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('lets every role read', async () => {
      const token = await app.loginAs('xem@camau.demo');
      expect((await app.gql(UNITS, { first: 1 }, token)).data?.units.totalCount).toBeGreaterThan(100);
    });
  });
});
