import { startTestApp, type TestApp } from '../../../test/harness';

const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { name version } userErrors { code field } } }`;

describe('editing an indicator', () => {
  let app: TestApp;
  let admin: string;
  let indicator: { id: string; version: number };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    const result = await app.gql(`{ indicators { id code version } }`, {}, admin);
    indicator = result.data?.indicators.find((row: { code: string }) => row.code === 'ONLINE_PAYMENT');
  });
  afterAll(() => app.close());

  it('bumps the version with every change', async () => {
    expect(indicator.version).toBe(1);
    const result = await app.gql(
      UPDATE,
      { input: { id: indicator.id, name: 'Tỷ lệ thanh toán trực tuyến (sửa)', version: 1 } },
      admin,
    );
    expect(result.data?.updateIndicator).toEqual({
      indicator: { name: 'Tỷ lệ thanh toán trực tuyến (sửa)', version: 2 },
      userErrors: [],
    });
  });

  it('refuses a save made from a stale copy (STALE) and keeps the newer one', async () => {
    // Its own indicator, saved once (version 2) here rather than by 'bumps the version with every change'.
    const created = await app.gql(
      `mutation($input: CreateIndicatorInput!) {
        createIndicator(input: $input) { indicator { id version } userErrors { code } } }`,
      {
        input: {
          code: 'STALE_COPY',
          name: 'Tỷ lệ thanh toán trực tuyến',
          numeratorLabel: 'Đạt',
          denominatorLabel: 'Tổng',
        },
      },
      admin,
    );
    expect(created.data?.createIndicator).toMatchObject({ indicator: { version: 1 }, userErrors: [] });
    const own = created.data?.createIndicator.indicator as { id: string; version: number };
    const saved = await app.gql(
      UPDATE,
      { input: { id: own.id, name: 'Tỷ lệ thanh toán trực tuyến (sửa)', version: 1 } },
      admin,
    );
    expect(saved.data?.updateIndicator.userErrors).toEqual([]);
    const stale = await app.gql(UPDATE, { input: { id: own.id, name: 'Ghi đè', version: 1 } }, admin);
    expect(stale.data?.updateIndicator).toEqual({
      indicator: null,
      userErrors: [{ code: 'STALE', field: ['input', 'version'] }],
    });
    const now = await app.gql(`{ indicators { id name version } }`, {}, admin);
    expect(now.data?.indicators.find((row: { id: string }) => row.id === own.id)).toMatchObject({
      name: 'Tỷ lệ thanh toán trực tuyến (sửa)',
      version: 2,
    });
  });

  it('answers NOT_FOUND for an unknown indicator and FORBIDDEN to a board member', async () => {
    const unknown = await app.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } }, admin);
    expect(unknown.data?.updateIndicator.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    const board = await app.gql(
      UPDATE,
      { input: { id: indicator.id, name: 'x' } },
      await app.loginAs('hoidong@camau.demo'),
    );
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
