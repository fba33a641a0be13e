import { startTestApp, type TestApp } from '../../../test/harness';

const IMPORT = `mutation($csv: String!) { importUnits(input: { csv: $csv }) {
  created updated units { code name level { key } parent { code } } userErrors { code field message }
} }`;

describe('importing units from CSV', () => {
  let app: TestApp;
  let admin: string;
  const countUnits = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM units'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('creates new units and updates known ones, children listed before their parents', async () => {
    const csv = [
      'code,name,levelKey,parentCode',
      'X-2,"Xã Hai, mới",commune,X-1',
      'X-1,Huyện Mới,district,96',
      '96-BDT,Ban Dân tộc (mới),province,96',
      '',
    ].join('\n');
    const result = await app.gql(IMPORT, { csv }, admin);
    expect(result.data?.importUnits).toMatchObject({ created: 2, updated: 1, userErrors: [] });
    expect(result.data?.importUnits.units).toEqual([
      { code: '96-BDT', name: 'Ban Dân tộc (mới)', level: { key: 'province' }, parent: { code: '96' } },
      { code: 'X-1', name: 'Huyện Mới', level: { key: 'district' }, parent: { code: '96' } },
      { code: 'X-2', name: 'Xã Hai, mới', level: { key: 'commune' }, parent: { code: 'X-1' } },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const csv = 'code,name,levelKey,parentCode\nX-1,Huyện Mới,district,96\n';
    const before = await countUnits();
    const result = await app.gql(IMPORT, { csv }, admin);
    expect(result.data?.importUnits).toMatchObject({ created: 0, updated: 0, units: [], userErrors: [] });
    expect(await countUnits()).toBe(before);
  });

  it('lists every bad row with its row number and column, and imports nothing', async () => {
    const csv = [
      'code,name,levelKey,parentCode',
      'OK-1,Đơn vị tốt,commune,970',
      ',Không mã,commune,970',
      'OK-2,,commune,970',
      'OK-3,Cấp lạ,hamlet,970',
      'OK-1,Trùng mã,commune,970',
      'OK-4,Cha lạ,commune,NOPE',
    ].join('\n');
    const before = await countUnits();
    const result = await app.gql(IMPORT, { csv }, admin);
    expect(result.data?.importUnits.created).toBe(0);
    expect(
      result.data?.importUnits.userErrors.map((e: { code: string; field: string[] }) => [e.field.join('/'), e.code]),
    ).toEqual([
      ['csv/3/code', 'REQUIRED'],
      ['csv/4/name', 'REQUIRED'],
      ['csv/5/levelKey', 'UNKNOWN_LEVEL'],
      ['csv/6/code', 'DUPLICATE_CODE'],
      ['csv/7/parentCode', 'UNKNOWN_PARENT'],
    ]);
    expect(await countUnits()).toBe(before);
  });

  it('refuses a file whose parents make a cycle', async () => {
    const csv = 'code,name,levelKey,parentCode\nC-1,Một,district,C-2\nC-2,Hai,district,C-1\n';
    const result = await app.gql(IMPORT, { csv }, admin);
    expect(result.data?.importUnits.userErrors.map((e: { code: string }) => e.code)).toEqual(['CYCLE', 'CYCLE']);
  });

  it('refuses a file without the needed columns, malformed CSV, and an empty file', async () => {
    const cases: [string, string][] = [
      ['code,name\nA,B\n', 'MISSING_COLUMN'],
      ['code,name,levelKey\n"A,B,commune\n', 'MALFORMED_CSV'],
      ['', 'EMPTY_FILE'],
      ['code,name,levelKey,parentCode\n', 'EMPTY_FILE'],
    ];
    for (const [csv, code] of cases) {
      const result = await app.gql(IMPORT, { csv }, admin);
      expect(result.data?.importUnits.userErrors[0].code).toBe(code);
    }
  });

  it('answers FORBIDDEN to a board member', async () => {
    const token = await app.loginAs('hoidong@camau.demo');
    expect((await app.gql(IMPORT, { csv: 'x' }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
