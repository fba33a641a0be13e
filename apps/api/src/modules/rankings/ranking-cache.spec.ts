import { RankingResponseCache } from './ranking-cache';

describe('RankingResponseCache', () => {
  let now = 0;
  const clock = () => now;
  const data = { ranking: { cohortSize: 1 } };

  beforeEach(() => {
    now = 1_000;
  });

  it('serves an answer until it is ttlMs old', () => {
    const cache = new RankingResponseCache(2_000, 1_000, clock);
    cache.keep('a', data, cache.begin());
    now += 1_999;
    expect(cache.get('a')).toBe(data);
    now += 1;
    expect(cache.get('a')).toBeNull();
  });

  it('forgets everything on a write, and does not keep an answer read while a write happened', () => {
    const cache = new RankingResponseCache(2_000, 1_000, clock);
    cache.keep('a', data, cache.begin());
    const begun = cache.begin();
    cache.clear();
    expect(cache.get('a')).toBeNull();
    cache.keep('b', data, begun);
    expect(cache.get('b')).toBeNull();
    cache.keep('b', data, cache.begin());
    expect(cache.get('b')).toBe(data);
  });

  it('keeps at most maxBytes of JSON, dropping the oldest, never one above a quarter of it, nothing when off', () => {
    const cache = new RankingResponseCache(2_000, 200, clock);
    const answer = (size: number) => ({ ranking: { name: 'x'.repeat(size) } }); // its data's JSON: size + 23 bytes
    const answers = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => [key, answer(8)] as const);
    for (const [key, data] of answers) {
      cache.keep(key, data, cache.begin());
      cache.answerBytes({ data });
    }
    expect(cache.size).toEqual({ answers: 6, bytes: 186 });
    expect(answers.map(([key]) => cache.get(key))).toEqual([null, ...answers.slice(1).map(([, data]) => data)]);
    const large = answer(30);
    cache.keep('large', large, cache.begin());
    expect(cache.answerBytes({ data: large }).toString()).toBe(`${JSON.stringify({ data: large })}\n`);
    expect(cache.get('large')).toBeNull();
    const off = new RankingResponseCache(0, 100, clock);
    off.keep('a', answer(1), off.begin());
    expect(off.get('a')).toBeNull();
  });

  it("writes a kept answer's body once, byte for byte as Apollo Server would, and any other answer as usual", () => {
    const cache = new RankingResponseCache(2_000, 1_000, clock);
    const kept = { ranking: { cohortSize: 2, name: 'Cà Mau' } };
    cache.keep('a', kept, cache.begin());
    const apolloDefault = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);
    const body = cache.answerBytes({ errors: undefined, data: kept, extensions: undefined });
    expect(body).toEqual(apolloDefault({ errors: undefined, data: kept, extensions: undefined }));
    const stringify = jest.spyOn(JSON, 'stringify');
    expect(cache.answerBytes({ data: kept })).toEqual(body);
    expect(stringify).not.toHaveBeenCalled(); // written once, sent again
    stringify.mockRestore();
    const other = { data: { levels: [] }, errors: [{ message: 'x' }] };
    expect(cache.answerBytes(other)).toEqual(apolloDefault(other));
    const equal = { data: { ranking: { cohortSize: 2, name: 'Cà Mau' } } };
    expect(cache.answerBytes(equal)).toEqual(body); // equal, not kept: written anew
  });

  it("adds each answer's own extensions around a kept answer's data, written once", () => {
    const cache = new RankingResponseCache(2_000, 1_000, clock);
    const kept = { ranking: { cohortSize: 2 } };
    cache.keep('a', kept, cache.begin());
    const first = { data: kept, extensions: { cost: 7, rateLimit: { limit: 100, remaining: 93, resetSeconds: 1 } } };
    expect(cache.answerBytes(first).toString()).toBe(`${JSON.stringify(first)}\n`);
    const second = { data: kept, extensions: { cost: 7, rateLimit: { limit: 100, remaining: 86, resetSeconds: 1 } } };
    expect(cache.answerBytes(second).toString()).toBe(`${JSON.stringify(second)}\n`);
    expect(cache.answerBytes({ data: kept }).toString()).toBe(`${JSON.stringify({ data: kept })}\n`);
  });
});
