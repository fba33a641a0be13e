import fc from 'fast-check';
import { jsonBytes } from './json-bytes';

const stringify = (value: unknown, suffix = '') => Buffer.from(`${JSON.stringify(value) ?? 'null'}${suffix}`);

/** Text as answers hold it: Vietnamese names, quotes, controls, astral characters and lone surrogates. */
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('Huyện Đầm Dơi', 'Xã Tân Hưng Đông', '"\\\n\u0000', '\ud83c\udfc6', '\ud800', 'x\udc00y'),
);
const scalar = fc.oneof(
  text,
  fc.double(), // NaN and ±Infinity are null in JSON, -0 is 0
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
);
/** Plain objects, objects without a prototype, short and long arrays, nested as GraphQL answers are. */
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object'), tie('bare')),
  array: fc.array(tie('value'), { maxLength: 80 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 6 }),
  bare: fc.dictionary(text, tie('value'), { maxKeys: 4 }).map((entries) => Object.assign(Object.create(null), entries)),
}));

describe('jsonBytes', () => {
  it('writes the bytes of JSON.stringify for any value', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('', '\n'), (item, suffix) => {
        expect(jsonBytes(item, suffix).equals(stringify(item, suffix))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps JSON.stringify's rules for values it does not walk", () => {
    class Unit {
      constructor(readonly name = 'Cà Mau') {}
    }
    const values = [
      { at: new Date(0), boxed: [new Number(1), new String('Đ'), new Boolean(false)], unit: new Unit() },
      { skipped: undefined, fn: () => 1, symbol: Symbol('x'), kept: 1 },
      [undefined, () => 1, Symbol('x')],
      { custom: { toJSON: () => ({ name: 'Năm Căn' }) }, list: Object.assign([1, 2], { toJSON: () => 'list' }) },
      { map: new Map([[1, 2]]), set: new Set([1]) },
      'Đầm Dơi',
      7,
    ];
    for (const item of values) expect(jsonBytes(item).toString()).toBe(stringify(item).toString());
  });

  it('writes a large answer of two-byte text exactly, in pieces', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      rank: i + 1,
      unit: { code: `U${i}`, name: `Xã Tân Hưng ${i}` },
    }));
    const answer = {
      data: { ranking: { cohortSize: rows.length, rows, levels: [{ rows }, { rows: rows.slice(9) }] } },
    };
    const expected = stringify(answer, '\n');
    const written: number[] = [];
    const original = JSON.stringify;
    const spy = jest.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
      const json = original(...args);
      written.push(json?.length ?? 0);
      return json;
    });
    const bytes = jsonBytes(answer, '\n');
    spy.mockRestore();
    expect(bytes.equals(expected)).toBe(true);
    // No string of the whole, nor of a whole list of rows: at most a few dozen rows at once.
    expect(expected.length).toBeGreaterThan(400_000);
    expect(Math.max(...written)).toBeLessThan(5_000);
  });

  it('refuses what JSON.stringify refuses', () => {
    const loop: Record<string, unknown> = {};
    loop.self = { deeper: [loop] };
    expect(() => jsonBytes({ big: 1n })).toThrow(TypeError);
    expect(() => jsonBytes(loop)).toThrow(TypeError); // walked
    expect(() => jsonBytes(Array.from({ length: 40 }, () => loop))).toThrow(TypeError); // written by JSON.stringify
    const shared = { name: 'Cà Mau' };
    expect(jsonBytes([shared, shared, { again: shared }]).toString()).toBe(
      JSON.stringify([shared, shared, { again: shared }]),
    );
  });
});
