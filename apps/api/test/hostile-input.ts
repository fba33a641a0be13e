import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedInputType,
} from 'graphql';

/** JSON nested `depth` levels deep; written into a request body by `requestBody` (JSON.stringify would overflow). */
export class DeepNesting {
  constructor(readonly depth: number) {}
  toJSON(): string {
    return `${DEEP_MARKER}${this.depth}`;
  }
}
const DEEP_MARKER = '\u0001deep-nesting:';

/** A GraphQL request body as a client writes it; lone surrogates come out escaped (`\ud800`), as an attacker sends. */
export function requestBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables }).replace(
    new RegExp(`"\\\\u0001deep-nesting:(\\d+)"`, 'g'),
    (_, depth: string) => '['.repeat(Number(depth)) + ']'.repeat(Number(depth)),
  );
}

/** What the fuzz knows of the database it attacks: real ids, and every varchar column length. */
export interface FuzzWorld {
  ids: string[];
  /** Codes and keys found in the database (level keys, indicator codes, …): what a real call names. */
  words: string[];
  columnLengths: number[];
}

/** A leaf of an argument's input type: `path` of field names (lists transparent), `errorPath` with list index 0. */
export interface InputLeaf {
  path: string[];
  errorPath: string[];
  type: GraphQLNamedInputType;
  /** The input type and field holding the leaf; null for an argument itself. */
  parent: { typeName: string; fieldName: string } | null;
}

/** Every scalar or enum leaf reachable from the arguments (an input type met again inside itself is not re-entered). */
export function inputLeaves(args: readonly GraphQLArgument[]): InputLeaf[] {
  const leaves: InputLeaf[] = [];
  const walk = (type: GraphQLInputType, errorPath: string[], parent: InputLeaf['parent'], seen: string[]) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType, [...errorPath, '0'], parent, seen);
    const named = getNamedType(inner);
    if (!isInputObjectType(named)) {
      return void leaves.push({ path: errorPath.filter((key) => key !== '0'), errorPath, type: named, parent });
    }
    if (seen.includes(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      const fieldParent = { typeName: named.name, fieldName: field.name };
      walk(field.type, [...errorPath, field.name], fieldParent, [...seen, named.name]);
    }
  };
  for (const arg of args) walk(arg.type, [arg.name], null, []);
  return leaves;
}

const PLAUSIBLE_WORDS = [
  'campaign',
  'plan-2023',
  'district',
  'commune',
  'ONLINE_RESOLUTION',
  'DIGITIZATION',
  'ONLINE_PAYMENT',
  '970',
  'read:units',
  'Cà Mau',
];

/** Text beyond every column (length+1 of each, 10× the longest, 100.000), malformed Unicode, NUL, blanks. */
export function hostileText(world: FuzzWorld): fc.Arbitrary<string> {
  const longest = Math.max(...world.columnLengths);
  return fc.oneof(
    fc.constantFrom(...world.columnLengths.map((length) => 'x'.repeat(length + 1))),
    fc.constantFrom(...world.columnLengths.map((length) => 'ệ'.repeat(length + 1))),
    fc.constantFrom('🏛'.repeat(longest + 1), 'x'.repeat(10 * longest), 'x'.repeat(100_000)),
    fc.constantFrom('\ud800', '\udfff', 'Cà Mau \ud83d', '\udc00\ud800', 'a\ud800b', '\ufffe\uffff'),
    fc.constantFrom('\u0000', 'a\u0000b', '\u202e\ufeff', '', ' ', '\t\n'),
    fc.constantFrom(
      "'; DROP TABLE units; --",
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x")',
      '../../etc/passwd',
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
}

/** Numbers at every edge, and the JSON strings an attacker sends where a number is wanted. */
const numericEdges: unknown[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  -(2 ** 31) - 1,
  3_000_000_000,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '',
  true,
  null,
];

const hostileIds = ['', ' ', 'not-an-id', '0', '00000000-0000-0000-0000-000000000000', '\ud800', 'x'.repeat(100_000)];

/** A hostile value for one leaf: of every class, whatever its declared type (the protocol must refuse mismatches). */
export function hostileValueFor(type: GraphQLNamedInputType, world: FuzzWorld): fc.Arbitrary<unknown> {
  const anyClass = fc.oneof(
    hostileText(world),
    fc.constantFrom(...numericEdges),
    fc.constantFrom(new DeepNesting(100_000), new DeepNesting(1_000), [[[[]]]], {}, { '\u0000': 1 }),
  );
  if (isEnumType(type)) return fc.oneof(fc.constantFrom('NOPE', '', 'admin'), anyClass);
  if (!isScalarType(type)) return anyClass;
  switch (type.name) {
    case 'ID':
      return fc.oneof({ arbitrary: fc.constantFrom(...hostileIds), weight: 3 }, { arbitrary: anyClass, weight: 1 });
    case 'Int':
    case 'Float':
      return fc.oneof({ arbitrary: fc.constantFrom(...numericEdges), weight: 3 }, { arbitrary: anyClass, weight: 1 });
    case 'Date':
    case 'DateTime':
      return fc.oneof(
        fc.constantFrom('9999-12-31', '0000-01-01', '0001-01-01', '2023-02-30', '+275760-09-13', '2023-13-01'),
        fc.constantFrom('9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', 'now'),
        anyClass,
      );
    case 'JSON':
      return fc.oneof(
        fc.constantFrom(
          new DeepNesting(100_000),
          new DeepNesting(90),
          { var: 'x'.repeat(100_000) },
          { '\ud800': 1 },
          { 'a\u0000': [1] },
          { '==': [{ var: 'score' }, '\ud800'] },
          { map: [{ var: 'x' }, { map: [{ var: 'y' }, { var: '' }] }] },
        ),
        fc.jsonValue({ maxDepth: 4 }),
        anyClass,
      );
    default:
      return fc.oneof({ arbitrary: hostileText(world), weight: 3 }, { arbitrary: anyClass, weight: 1 });
  }
}

/**
 * Values of the declared type, mostly plausible, so that calls get past the first checks; optional fields are
 * left out at random, or all sent with `everyField` (a base to change one leaf of).
 */
export function plausibleValueFor(
  type: GraphQLInputType,
  world: FuzzWorld,
  options: { depth?: number; fieldName?: string; everyField?: boolean } = {},
): fc.Arbitrary<unknown> {
  const { depth = 0, fieldName = '', everyField = false } = options;
  if (isNonNullType(type)) return plausibleValueFor(type.ofType, world, options);
  if (isListType(type))
    return depth > 2
      ? fc.constant([])
      : fc.array(plausibleValueFor(type.ofType, world, { ...options, depth: depth + 1 }), {
          minLength: 1,
          maxLength: 3,
        });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((field) => [
          field.name,
          plausibleValueFor(field.type, world, { depth: depth + 1, fieldName: field.name, everyField }),
        ]),
      ),
      everyField
        ? {}
        : { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.constantFrom(...world.ids);
      case 'Int':
        return fc.integer({ min: 0, max: 60 });
      case 'Float':
        return fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 100, noNaN: true }));
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc
          .date({ min: new Date('2022-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10));
      case 'DateTime':
        return fc
          .date({ min: new Date('2022-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString());
      case 'JSON':
        return fc.constantFrom({ '>=': [{ var: 'score' }, 90] }, { '==': [{ var: 'rank' }, 1] }, true);
      default:
        return plausibleText(fieldName, world);
    }
  }
  throw new Error(`no value generator for ${String(type)}`);
}

/** Text a real client would send in a field of this name. */
function plausibleText(fieldName: string, world: FuzzWorld): fc.Arbitrary<string> {
  if (/email/i.test(fieldName)) return fc.nat(10_000).map((n) => `fuzz${n}@camau.demo`);
  if (/password/i.test(fieldName)) return fc.constantFrom('Fuzz-password-2023', 'CaMau-2023-strong');
  if (/timeZone/i.test(fieldName)) return fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC');
  if (/time$/i.test(fieldName)) return fc.constantFrom('16:00', '08:30');
  if (/scope/i.test(fieldName)) return fc.constantFrom('read:units', 'read:rankings', 'read:reports');
  const fresh = fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/);
  return fc.oneof(fc.constantFrom(...world.words, ...PLAUSIBLE_WORDS), fresh);
}

/** Puts `value` at a leaf's `errorPath` ("0" is a list's first element), creating what is missing on the way. */
export function withLeaf(root: Record<string, unknown>, errorPath: string[], value: unknown): Record<string, unknown> {
  const set = (node: unknown, index: number): unknown => {
    if (index === errorPath.length) return value;
    const key = errorPath[index];
    if (key === '0') {
      const items: unknown[] = Array.isArray(node) ? [...node] : [];
      items[0] = set(items[0], index + 1);
      return items;
    }
    const object: Record<string, unknown> =
      node && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
    object[key] = set(object[key], index + 1);
    return object;
  };
  return set(root, 0) as Record<string, unknown>;
}
