import fc from 'fast-check';
import { MAX_PAGE_SIZE } from './connection';
import { decodeKeysetCursor, encodeKeysetCursor, keysetConnectionOf, keysetWindow } from './keyset';

const ID = '0b7c5a52-52a1-4c6e-9d1e-6a3f1f2b9c01';
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('keyset cursors', () => {
  it('give back the position they were made of, to the millisecond', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date('9999-12-31'), noInvalidDate: true }),
        fc.uuid(),
        (at, id) => {
          expect(decodeKeysetCursor(encodeKeysetCursor({ updatedAt: at, id }))).toEqual({ updatedAt: at, id });
        },
      ),
    );
  });

  it('are opaque base64url', () => {
    expect(encodeKeysetCursor({ updatedAt: new Date('2026-12-04T10:00:00.123Z'), id: ID })).toMatch(/^[\w-]+$/);
  });

  it.each([
    ['not base64 at all', '%%%'],
    ['an offset cursor', Buffer.from('pos:3').toString('base64url')],
    ['a cursor without an id', Buffer.from('chg:1700000000000:').toString('base64url')],
    [
      'an id that is not one',
      Buffer.from('chg:1700000000000:zzzzzzzz-52a1-4c6e-9d1e-6a3f1f2b9c01').toString('base64url'),
    ],
    ['an instant out of range', Buffer.from(`chg:9999999999999999:${ID}`).toString('base64url')],
    ['an empty string', ''],
  ])('refuse %s as BAD_USER_INPUT', (_name, cursor) => {
    expect(codeOf(() => decodeKeysetCursor(cursor))).toBe('BAD_USER_INPUT');
  });

  it('check first like every connection', () => {
    expect(codeOf(() => keysetWindow({ first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => keysetWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
    expect(keysetWindow({})).toEqual({ after: null, limit: 50 });
  });
});

describe('keysetConnectionOf', () => {
  const rows = [1, 2, 3].map((i) => ({ updatedAt: new Date(i * 1000), id: ID.replace(/1$/, String(i)) }));

  it('answers the page and whether a row lies after it (the extra row read)', () => {
    const page = keysetConnectionOf(rows, { after: null, limit: 2 }, 3);
    expect(page.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 2));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeKeysetCursor(page.pageInfo.endCursor as string)).toEqual(rows[1]);
  });

  it('answers first: 0 with no edges, null cursors and hasNextPage when a row lies after', () => {
    expect(keysetConnectionOf(rows.slice(0, 1), { after: null, limit: 0 }, 3).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(keysetConnectionOf([], { after: rows[2], limit: 0 }, 3).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      endCursor: null,
    });
  });
});
