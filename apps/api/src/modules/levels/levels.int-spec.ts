import { startTestApp, type TestApp } from '../../../test/harness';

const CREATE = `mutation($input: CreateLevelInput!) {
  createLevel(input: $input) { level { key name depth } userErrors { code field message } } }`;

describe('creating a level', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('creates a level', async () => {
    const result = await app.gql(CREATE, { input: { key: 'to-dan-pho', name: ' Tổ dân phố ', depth: 20 } }, admin);
    expect(result.data?.createLevel).toEqual({
      level: { key: 'to-dan-pho', name: 'Tổ dân phố', depth: 20 },
      userErrors: [],
    });
  });

  it('answers a malformed key, an empty name and a depth out of range as INVALID_INPUT, field by field', async () => {
    const result = await app.gql(CREATE, { input: { key: 'Xã Mới', name: '', depth: 0 } }, admin);
    expect(result.data?.createLevel).toEqual({
      level: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'key'],
          message: 'key must be 1–40 lower case letters, digits, - or _',
        },
        { code: 'INVALID_INPUT', field: ['input', 'name'], message: 'name must not be empty' },
        { code: 'INVALID_INPUT', field: ['input', 'depth'], message: 'depth must be 1 or more' },
      ],
    });
    const deep = await app.gql(CREATE, { input: { key: 'sau', name: 'Sâu', depth: 21 } }, admin);
    expect(deep.data?.createLevel.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'depth'], message: 'depth must be 20 or less' },
    ]);
  });

  it('refuses a key longer than its field first, with every mutation (TOO_LONG)', async () => {
    const result = await app.gql(CREATE, { input: { key: 'k'.repeat(41), name: 'Dài', depth: 5 } }, admin);
    expect(result.data?.createLevel.userErrors).toEqual([
      { code: 'TOO_LONG', field: ['input', 'key'], message: 'key must be at most 40 characters.' },
    ]);
  });

  it('refuses a key already taken (DUPLICATE_KEY)', async () => {
    // Its own level, so as not to depend on the one 'creates a level' makes.
    const first = await app.gql(CREATE, { input: { key: 'khom-ap', name: 'Khóm, ấp', depth: 19 } }, admin);
    expect(first.data?.createLevel.userErrors).toEqual([]);
    const result = await app.gql(CREATE, { input: { key: 'khom-ap', name: 'Lần hai', depth: 9 } }, admin);
    expect(result.data?.createLevel.userErrors).toEqual([
      { code: 'DUPLICATE_KEY', field: ['input', 'key'], message: 'A level with key "khom-ap" already exists.' },
    ]);
  });
});
