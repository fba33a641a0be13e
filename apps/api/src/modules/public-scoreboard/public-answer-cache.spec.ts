import { PublicAnswerCache, publicAnswer } from './public-answer-cache';

describe('PublicAnswerCache', () => {
  let now = 0;
  const cache = () => new PublicAnswerCache(1_000, 3, () => now);
  const computed = (value: unknown) => jest.fn(async () => publicAnswer(200, value));

  beforeEach(() => (now = 0));

  it('computes an answer once for concurrent and later requests within its time', async () => {
    const answers = cache();
    const compute = computed({ a: 1 });
    const all = await Promise.all(Array.from({ length: 50 }, () => answers.answer('k', compute)));
    now = 999;
    await answers.answer('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(new Set(all.map((answer) => answer.etag)).size).toBe(1);
  });

  it('computes again once the time is up or after a write', async () => {
    const answers = cache();
    const compute = computed({ a: 1 });
    await answers.answer('k', compute);
    now = 1_000;
    await answers.answer('k', compute);
    answers.clear();
    await answers.answer('k', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps at most its number of entries, the oldest going first', async () => {
    const answers = cache();
    for (const key of ['a', 'b', 'c', 'd', 'e']) await answers.answer(key, computed(key));
    expect(answers.size).toBe(3);
    const again = computed('a');
    await answers.answer('a', again);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed computation', async () => {
    const answers = cache();
    await expect(answers.answer('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    const compute = computed(1);
    await answers.answer('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('tags equal bodies alike and different bodies apart', () => {
    expect(publicAnswer(200, { a: 1 }).etag).toBe(publicAnswer(200, { a: 1 }).etag);
    expect(publicAnswer(200, { a: 1 }).etag).not.toBe(publicAnswer(200, { a: 2 }).etag);
  });
});
