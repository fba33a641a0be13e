import { RankingResponseCache } from './ranking-cache';

describe('RankingResponseCache', () => {
  let now = 0;
  const clock = () => now;
  const data = { ranking: { cohortSize: 1 } };

  beforeEach(() => {
    now = 1_000;
  });

  it('serves an answer until it is ttlMs old', () => {
    const cache = new RankingResponseCache(2_000, 10, clock);
    cache.keep('a', data, cache.begin());
    now += 1_999;
    expect(cache.get('a')).toBe(data);
    now += 1;
    expect(cache.get('a')).toBeNull();
  });

  it('forgets everything on a write, and does not keep an answer read while a write happened', () => {
    const cache = new RankingResponseCache(2_000, 10, clock);
    cache.keep('a', data, cache.begin());
    const begun = cache.begin();
    cache.clear();
    expect(cache.get('a')).toBeNull();
    cache.keep('b', data, begun);
    expect(cache.get('b')).toBeNull();
    cache.keep('b', data, cache.begin());
    expect(cache.get('b')).toBe(data);
  });

  it('keeps at most maxEntries answers, dropping the oldest, and nothing at all when turned off', () => {
    const cache = new RankingResponseCache(2_000, 2, clock);
    for (const key of ['a', 'b', 'c']) cache.keep(key, data, cache.begin());
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([null, data, data]);
    const off = new RankingResponseCache(0, 2, clock);
    off.keep('a', data, off.begin());
    expect(off.get('a')).toBeNull();
  });

  it('writes the body of a kept answer once, byte for byte as Apollo Server would, and any other answer as usual', () => {
    const cache = new RankingResponseCache(2_000, 10, clock);
    const kept = { ranking: { cohortSize: 2, name: 'Cà Mau' } };
    cache.keep('a', kept, cache.begin());
    const apolloDefault = (value: unknown) => `${JSON.stringify(value)}\n`;
    const body = cache.answerJson({ errors: undefined, data: kept, extensions: undefined });
    expect(body).toBe(apolloDefault({ errors: undefined, data: kept, extensions: undefined }));
    const stringify = jest.spyOn(JSON, 'stringify');
    expect(cache.answerJson({ data: kept })).toBe(body);
    expect(stringify).not.toHaveBeenCalled(); // written once, sent again
    stringify.mockRestore();
    const other = { data: { levels: [] }, errors: [{ message: 'x' }] };
    expect(cache.answerJson(other)).toBe(apolloDefault(other));
    expect(cache.answerJson({ data: { ranking: { cohortSize: 2, name: 'Cà Mau' } } })).toBe(body); // equal, not kept: written anew
  });
});
