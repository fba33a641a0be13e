import fc from 'fast-check';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createServer } from '../../app/server';
import { startTestApp, type TestApp } from '../../../test/harness';
import { copyDemoCampaign } from '../../../test/fixtures';

const SLUG = 'chien-dich-69-ngay-dem-2023';
const PUBLISH = `mutation($input: PublishCampaignInput!) {
  publishCampaign(input: $input) { publication { published slug path figures fromPeriod levels { key } } userErrors { code field message } }
}`;
const UNPUBLISH = `mutation($id: ID!) {
  unpublishCampaign(input: { campaignId: $id }) { publication { published slug } userErrors { code field } }
}`;

/** Every key a public answer may hold: anything else (a person, an email, a report, a review) must never leave. */
const PUBLIC_KEYS = new Set(
  (
    'slug campaign name startDate endDate status timeZone periodCount lastDuePeriod figures periods index start end dueAt ' +
    'period legend code minScore indicators levels key cohortSize rows rank previousRank movement unit id score ' +
    'class rates rate target met parentName level trend'
  ).split(' '),
);

function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysOf(item, keys);
    }
  return keys;
}

describe('the public scoreboard', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
  const getJson = async (path: string) => {
    const response = await get(path);
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full', publicCacheMs: 60_000 });
    admin = await app.loginAs('admin@camau.demo');
    [{ id: campaignId }] = await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at LIMIT 1');
  });
  afterAll(() => app.close());

  it("shows the demo's published levels to anyone, the same ranks and scores as the signed-in ranking", async () => {
    const { status, headers, body } = await getJson(`/public/scoreboards/${SLUG}`);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, no-cache');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body.period.index).toBe(11);
    expect(body.periods.map((p: { index: number }) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(body.levels.map((level: { key: string }) => level.key)).toEqual(['province', 'district', 'commune']);
    expect(body.indicators).toHaveLength(3);
    const communes = body.levels[2];
    const ranking = await app.gql(
      `query($id: ID!) { ranking(campaignId: $id, levelKey: "commune", asOfPeriod: 11) {
        cohortSize rows { rank score unit { id name } class { name } } } }`,
      { id: campaignId },
      admin,
    );
    expect(communes.cohortSize).toBe(ranking.data?.ranking.cohortSize);
    expect(
      communes.rows.map((row: { rank: number; score: number; unit: { id: string; name: string } }) => [
        row.rank,
        row.score,
        row.unit.id,
        row.unit.name,
      ]),
    ).toEqual(
      ranking.data?.ranking.rows.map((row: { rank: number; score: number; unit: { id: string; name: string } }) => [
        row.rank,
        row.score,
        row.unit.id,
        row.unit.name,
      ]),
    );
    expect(communes.rows[0].rates).toHaveLength(3);
  });

  it('sends nothing but the published figures: no person, email, report, revision, review or proposal', async () => {
    const scoreboard = await getJson(`/public/scoreboards/${SLUG}`);
    const unitId = scoreboard.body.levels[2].rows[0].unit.id;
    const unit = await getJson(`/public/scoreboards/${SLUG}/units/${unitId}`);
    for (const body of [scoreboard.body, unit.body]) {
      expect([...keysOf(body)].filter((key) => !PUBLIC_KEYS.has(key))).toEqual([]);
      expect(JSON.stringify(body)).not.toMatch(/@|camau\.demo/);
    }
  });

  it('answers an unchanged page with 304 Not Modified, and a changed one in full', async () => {
    const first = await get(`/public/scoreboards/${SLUG}?period=3`);
    const etag = first.headers.get('etag') as string;
    await first.arrayBuffer();
    expect(etag).toMatch(/^".+"$/);
    // As a browser revalidates what it keeps (fetch would add "Cache-Control: no-cache", asking for a reload).
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const again = await get(`/public/scoreboards/${SLUG}?period=3`, revalidate);
    expect(again.status).toBe(304);
    const other = await get(`/public/scoreboards/${SLUG}?period=4`, revalidate);
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('sends the answer gzipped to a client that accepts it, the same JSON', async () => {
    const plain = Buffer.from(await (await get(`/public/scoreboards/${SLUG}?period=2`)).arrayBuffer());
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${app.url}/public/scoreboards/${SLUG}?period=2`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(plain.length / 4);
    expect(gunzipSync(raw.body).equals(plain)).toBe(true);
  });

  it('gives a unit its trend over the published periods', async () => {
    const scoreboard = await getJson(`/public/scoreboards/${SLUG}`);
    const top = scoreboard.body.levels[1].rows[0];
    const { status, body } = await getJson(`/public/scoreboards/${SLUG}/units/${top.unit.id}`);
    expect(status).toBe(200);
    expect(body.unit).toMatchObject({ id: top.unit.id, name: top.unit.name, level: { key: 'district' } });
    expect(body.unit.parentName).toEqual(expect.any(String));
    expect(body.trend).toHaveLength(11);
    expect(body.trend[10]).toMatchObject({ rank: top.rank, score: top.score, period: { index: 11 } });
    expect(body.trend[4].period.index).toBe(5);
  });

  it('answers a plain 404 for any other address, and 400 for a period that is not published', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 120 }), async (slug) => {
        fc.pre(slug !== SLUG);
        const response = await get(`/public/scoreboards/${encodeURIComponent(slug)}`);
        await response.arrayBuffer();
        expect(response.status).toBe(404);
      }),
      { numRuns: 30 },
    );
    const unknownUnit = await getJson(`/public/scoreboards/${SLUG}/units/00000000-0000-4000-8000-000000000000`);
    expect(unknownUnit).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
    expect((await getJson(`/public/scoreboards/${SLUG}/units/not-an-id`)).status).toBe(404);
    for (const period of ['0', '12', 'abc', '1e1', '-1', '99999999999999999999', '3.5', '']) {
      const { status, body } = await getJson(`/public/scoreboards/${SLUG}?period=${period}`);
      expect([period, status, body.errors?.[0]?.extensions?.code]).toEqual([period, 400, 'BAD_USER_INPUT']);
    }
  });

  it("answers the page's document 404 at an unpublished address, framable only by the configured sites", async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-public-page-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>ThiĐua</title>');
    const server = await createServer({
      dataSource: app.dataSource,
      sessionSecret: 'x'.repeat(40),
      log: pino({ level: 'silent' }),
      webDir,
      publicEmbedOrigins: ['https://camau.gov.vn'],
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    try {
      for (const [page, status, framedBy] of [
        [`/cong-khai/${SLUG}?embed=1`, 200, "frame-ancestors 'self' https://camau.gov.vn"],
        [`/cong-khai/${SLUG}/don-vi/00000000-0000-4000-8000-000000000000`, 200, "'self' https://camau.gov.vn"],
        ['/cong-khai/khong-co', 404, "frame-ancestors 'self' https://camau.gov.vn"],
        ['/cong-khai/KHONG CO', 404, "frame-ancestors 'self' https://camau.gov.vn"],
        ['/campaigns', 200, "frame-ancestors 'self';"],
      ] as const) {
        const response = await fetch(`${base}${page}`);
        expect([page, response.status, await response.text()]).toEqual([
          page,
          status,
          expect.stringContaining('ThiĐua'),
        ]);
        expect(response.headers.get('content-security-policy')).toContain(framedBy);
        expect(response.headers.get('x-frame-options')).toBe(page.startsWith('/cong-khai') ? null : 'SAMEORIGIN');
      }
    } finally {
      await server.stop();
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });

  it('publishes what the admin chose: one level, score and class only, from a period on', async () => {
    const published = await app.gql(
      PUBLISH,
      {
        input: { campaignId, slug: SLUG, levelKeys: ['commune'], figures: 'SCORE_AND_CLASS', fromPeriod: 5 },
      },
      admin,
    );
    expect(published.data?.publishCampaign).toMatchObject({
      publication: { published: true, path: `/cong-khai/${SLUG}`, levels: [{ key: 'commune' }], fromPeriod: 5 },
      userErrors: [],
    });
    const { body } = await getJson(`/public/scoreboards/${SLUG}?period=5`);
    expect(body.levels.map((level: { key: string }) => level.key)).toEqual(['commune']);
    expect(body.periods[0].index).toBe(5);
    expect(body.indicators).toEqual([]);
    expect(body.levels[0].rows.every((row: { rates: unknown[]; movement: unknown }) => !row.rates.length)).toBe(true);
    // Moving since period 4 would tell what period 4 held.
    expect(body.levels[0].rows.every((row: { movement: unknown }) => row.movement === null)).toBe(true);
    expect((await getJson(`/public/scoreboards/${SLUG}?period=4`)).status).toBe(400);
    const district = (await getJson(`/public/scoreboards/${SLUG}/units/${await districtId()}`)).status;
    expect(district).toBe(404);
  });

  it('refuses a bad publication with userErrors and changes nothing', async () => {
    const before = await app.dataSource.query('SELECT * FROM campaign_publications');
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ slug: 'Chiến dịch' }, 'INVALID_FORMAT', ['input', 'slug']],
      [{ slug: 'ab' }, 'INVALID_FORMAT', ['input', 'slug']],
      [{ levelKeys: [] }, 'REQUIRED', ['input', 'levelKeys']],
      [{ levelKeys: ['commune', 'nowhere'] }, 'LEVEL_NOT_IN_CAMPAIGN', ['input', 'levelKeys', '1']],
      [{ fromPeriod: 0 }, 'INVALID_INPUT', ['input', 'fromPeriod']],
      [{ fromPeriod: 12 }, 'INVALID_INPUT', ['input', 'fromPeriod']],
      [{ campaignId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ['input', 'campaignId']],
    ];
    for (const [change, code, field] of cases) {
      const input = { campaignId, slug: 'mot-dia-chi', levelKeys: ['commune'], figures: 'WITH_RATES', fromPeriod: 1 };
      const result = await app.gql(PUBLISH, { input: { ...input, ...change } }, admin);
      expect(result.data?.publishCampaign.userErrors).toEqual([expect.objectContaining({ code, field })]);
    }
    expect(await app.dataSource.query('SELECT * FROM campaign_publications')).toEqual(before);
  });

  it('gives one address to one campaign only, even when two ask at once', async () => {
    const [first, second] = [await copyDemoCampaign(app, 'Một'), await copyDemoCampaign(app, 'Hai')];
    const input = (id: string) => ({
      campaignId: id,
      slug: 'tranh-nhau',
      levelKeys: ['commune'],
      figures: 'WITH_RATES',
      fromPeriod: 1,
    });
    const results = await Promise.all([first, second].map((id) => app.gql(PUBLISH, { input: input(id) }, admin)));
    const codes = results.map((result) => result.data?.publishCampaign.userErrors.map((e: { code: string }) => e.code));
    expect(codes.sort()).toEqual([[], ['SLUG_TAKEN']]);
    const taken = await app.gql(PUBLISH, { input: { ...input(campaignId), slug: 'tranh-nhau' } }, admin);
    expect(taken.data?.publishCampaign.userErrors).toEqual([expect.objectContaining({ code: 'SLUG_TAKEN' })]);
  });

  it('is gone at once when unpublished, for pages kept a minute too; signed-in users still see the settings', async () => {
    expect((await getJson(`/public/scoreboards/${SLUG}`)).status).toBe(200); // kept
    const unitId = (await getJson(`/public/scoreboards/${SLUG}`)).body.levels[0].rows[0].unit.id;
    expect((await getJson(`/public/scoreboards/${SLUG}/units/${unitId}`)).status).toBe(200);
    const result = await app.gql(UNPUBLISH, { id: campaignId }, admin);
    expect(result.data?.unpublishCampaign).toEqual({ publication: { published: false, slug: SLUG }, userErrors: [] });
    expect((await getJson(`/public/scoreboards/${SLUG}`)).status).toBe(404);
    expect((await getJson(`/public/scoreboards/${SLUG}/units/${unitId}`)).status).toBe(404);
    const again = await app.gql(UNPUBLISH, { id: campaignId }, admin);
    expect(again.data?.unpublishCampaign.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'campaignId'] }]);
    const reporter = await app.loginAs('baocao@camau.demo');
    const seen = await app.gql(
      `query($id: ID!) { campaign(id: $id) { publication { published slug } } }`,
      { id: campaignId },
      reporter,
    );
    expect(seen.data?.campaign.publication).toEqual({ published: false, slug: SLUG });
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entries WHERE action IN ('publishCampaign', 'unpublishCampaign') ORDER BY id`,
    );
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      'publishCampaign',
      'publishCampaign',
      'unpublishCampaign',
    ]);
  });

  async function districtId(): Promise<string> {
    const [{ id }] = await app.dataSource.query(
      `SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' LIMIT 1`,
    );
    return id;
  }
});
