import { startTestApp, type TestApp } from '../../test/harness';

/**
 * Messages in Vietnamese or English by `Accept-Language` (issue #22): the same answer but for the message text —
 * codes, fields, statuses and extensions unchanged. English when the header is absent, names neither language or
 * prefers English.
 */
describe('messages in the language of Accept-Language', () => {
  let app: TestApp;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    viewer = await app.loginAs('xem@camau.demo');
  });
  afterAll(() => app.close());

  /** Each header (null: none) and the language its messages must be in. */
  const LANGUAGES: readonly (readonly [string | null, 'en' | 'vi'])[] = [
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9', 'vi'],
    ['en', 'en'],
    ['vi;q=0.1, en', 'en'],
    [null, 'en'],
    ['fr', 'en'],
  ];

  const headers = (token: string | null, language: string | null): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(language === null ? {} : { 'accept-language': language }),
  });

  async function graphql(query: string, token: string | null, language: string | null, variables = {}) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: headers(token, language),
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, vary: response.headers.get('vary'), body: await response.json() };
  }

  /** The answer to each header of LANGUAGES, with the header and the language its messages must be in. */
  async function answers<T extends object>(ask: (header: string | null) => Promise<T>) {
    const seen: (T & { header: string | null; language: 'en' | 'vi' })[] = [];
    for (const [header, language] of LANGUAGES) seen.push({ header, language, ...(await ask(header)) });
    return seen;
  }

  it('answers a userError in Vietnamese for vi, else in English; code and field unchanged', async () => {
    const mutation = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code field message } } }`;
    const input = { code: 'L10N-1', name: 'Đơn vị thử', levelKey: 'no-such-level' };
    for (const { header, language, status, body, vary } of await answers((header) =>
      graphql(mutation, admin, header, { input }),
    )) {
      expect(status).toBe(200);
      expect(vary).toContain('Accept-Language');
      expect([header, body]).toEqual([
        header,
        {
          data: {
            createUnit: {
              unit: null,
              userErrors: [
                {
                  code: 'UNKNOWN_LEVEL',
                  field: ['input', 'levelKey'],
                  message: language === 'vi' ? 'Không có cấp "no-such-level".' : 'There is no level "no-such-level".',
                },
              ],
            },
          },
          extensions: expect.anything(),
        },
      ]);
    }
  });

  it('answers a refusal (FORBIDDEN, BAD_USER_INPUT) in the language asked, its code unchanged', async () => {
    const forbidden = `mutation { createLevel(input: { key: "l10n", name: "Cấp thử", depth: 4 }) { level { key } } }`;
    for (const { header, language, status, body } of await answers((header) => graphql(forbidden, viewer, header))) {
      expect([header, status]).toEqual([header, 200]);
      const error = (body as { errors: { message: string; extensions: unknown }[] }).errors[0];
      expect([header, error.extensions]).toEqual([header, { code: 'FORBIDDEN' }]);
      expect([header, error.message]).toEqual([
        header,
        language === 'vi'
          ? 'Truy cập bị từ chối: bạn không có quyền thực hiện thao tác này.'
          : "Access denied! You don't have permission for this action!",
      ]);
    }

    const tooLarge = `{ units(first: 501) { totalCount } }`;
    for (const { header, language, status, body } of await answers((header) => graphql(tooLarge, viewer, header))) {
      expect([header, status]).toEqual([header, 200]);
      expect([header, (body as { errors: unknown[] }).errors]).toEqual([
        header,
        [
          {
            message:
              language === 'vi' ? 'first phải là số nguyên từ 0 đến 500' : 'first must be a whole number from 0 to 500',
            locations: expect.anything(),
            path: ['units'],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      ]);
    }
  });

  it('answers a request refused before it runs (the cost limit) in the language asked', async () => {
    const weekly = (alias: string) => `${alias}: weeklyReport(campaignId: $c) { summary { unitCount } }`;
    const query = `query($c: ID!) { ${weekly('a')} ${weekly('b')} ${weekly('c')} }`;
    for (const { header, language, status, body } of await answers((header) =>
      graphql(query, viewer, header, { c: 'x' }),
    )) {
      expect([header, status]).toEqual([header, 400]);
      const errors = (body as { errors: { message: string; extensions: unknown }[] }).errors;
      expect([header, errors.map((error) => error.extensions)]).toEqual([
        header,
        [{ code: 'GRAPHQL_VALIDATION_FAILED' }],
      ]);
      expect([header, errors[0].message]).toEqual([
        header,
        language === 'vi'
          ? expect.stringMatching(/^Truy vấn vượt quá giới hạn chi phí 50\.000: chi phí là 60\.\d{3}\. Hãy yêu cầu/)
          : expect.stringMatching(/^Query cost limit of 50000 exceeded, found 60\d{3}: ask for fewer/),
      ]);
    }
  });

  it('answers the errors of the plain HTTP routes in the language asked, with their status and code', async () => {
    const get = (path: string, token: string | null, language: string | null) =>
      fetch(`${app.url}${path}`, { headers: headers(token, language) }).then(async (response) => ({
        status: response.status,
        vary: response.headers.get('vary'),
        body: await response.json(),
      }));
    const cases = [
      [
        '/exports/decision-list.xlsx?reviewId=x',
        admin,
        404,
        'NOT_FOUND',
        'Không có đợt xét này.',
        'There is no such review.',
      ],
      [
        '/exports/decision-list.xlsx?reviewId=x',
        null,
        401,
        'UNAUTHENTICATED',
        'Hãy đăng nhập trước: gửi Authorization: Bearer <token>.',
        'Sign in first: send Authorization: Bearer <token>.',
      ],
      [
        '/public/scoreboards/no-such-page',
        null,
        404,
        'NOT_FOUND',
        'Không có bảng kết quả công khai nào tại địa chỉ này.',
        'There is no public scoreboard at this address.',
      ],
    ] as const;
    for (const [path, token, status, code, vi, en] of cases) {
      for (const { header, language, ...answer } of await answers((header) => get(path, token, header))) {
        expect([header, answer]).toEqual([
          header,
          {
            status,
            vary: expect.stringContaining('Accept-Language'),
            body: { errors: [{ message: language === 'vi' ? vi : en, extensions: { code } }] },
          },
        ]);
      }
    }
  });

  it('answers the dossier upload’s refusals, and their deprecated copies, in the language asked', async () => {
    const upload = (language: string | null) =>
      fetch(`${app.url}/imports/dossiers?format=xml`, {
        method: 'POST',
        headers: { ...headers(admin, language), 'content-type': 'text/csv' },
        body: 'x',
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    for (const { header, language, status, body } of await answers(upload)) {
      const message =
        language === 'vi' ? 'Hãy dùng ?format=csv hoặc ?format=ndjson.' : 'Give ?format=csv or ?format=ndjson.';
      expect([header, status, body]).toEqual([
        header,
        400,
        {
          errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_FORMAT' } }],
          error: 'BAD_FORMAT',
          message,
        },
      ]);
    }
  });
});
