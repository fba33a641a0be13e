import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { inputLeaves } from '../../test/hostile-input';
import { declaredMaxLength } from '../foundation/graphql/input-limits';
import { refusedPayload } from '../foundation/graphql/refuse-arguments';
import { createSchema } from './schema';
import { userError } from '../foundation/errors/problem';
import { msg } from '../foundation/i18n/message';
import { malformedInput } from '../foundation/graphql/well-formed-input';

describe('the checks every mutation shares', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });
  const mutations = () => Object.values(schema.getMutationType()?.getFields() ?? {});

  it('can answer every mutation as refused: its payload with userErrors and nothing else', () => {
    const refusal = [
      userError(
        'TOO_LONG',
        ['input', 'name'],
        msg('name must be at most 200 characters.', 'name dài tối đa 200 ký tự.'),
      ),
    ];
    for (const mutation of mutations()) {
      const payload = refusedPayload(mutation.type, refusal);
      expect(payload.userErrors).toBe(refusal);
      for (const [name, value] of Object.entries(payload).filter(([name]) => name !== 'userErrors'))
        expect([`${name}:null`, `${name}:[]`, `${name}:0`, `${name}:false`, `${name}:"REFUSED"`]).toContain(
          `${name}:${JSON.stringify(value)}`,
        );
    }
  });

  it('knows a maximum length for every String field of every mutation input', () => {
    const undeclared = mutations()
      .flatMap((mutation) => inputLeaves(mutation.args))
      .filter((leaf) => leaf.type.name === 'String')
      .filter((leaf) => !leaf.parent || declaredMaxLength(leaf.parent.typeName, leaf.parent.fieldName) === null)
      .map((leaf) => `${leaf.parent?.typeName ?? 'argument'}.${leaf.path.join('.')}`);
    expect(undeclared).toEqual([]);
  });

  it('reads the declared lengths by GraphQL names', () => {
    expect(declaredMaxLength('CreateUnitInput', 'name')).toBe(200);
    expect(declaredMaxLength('CreateCampaignInput', 'levelKeys')).toBe(40);
    expect(declaredMaxLength('CreateRuleInput', 'form')).toBe(200); // inherited from RuleDraftInput
  });
});

describe('well-formed input', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
    return value;
  };

  it.each([
    ['a lone high surrogate', { name: 'Cà Mau \ud83d' }, 'MALFORMED_TEXT'],
    ['a lone low surrogate', ['\udc00x'], 'MALFORMED_TEXT'],
    ['a lone surrogate in a key', { '\ud800': 1 }, 'MALFORMED_TEXT'],
    ['NUL in a value', { input: { name: 'a\u0000b' } }, 'NUL_CHARACTER'],
    ['NUL in a key', { 'a\u0000': 1 }, 'NUL_CHARACTER'],
    ['values 101 levels deep', nested(101), 'TOO_DEEP'],
    ['values 100.000 levels deep, without overflowing the stack', nested(100_000), 'TOO_DEEP'],
  ])('refuses %s', (_name, value, reason) => {
    expect(malformedInput(value)).toBe(reason);
  });

  it.each([
    ['a surrogate pair', { name: 'Cà Mau 🏛️' }],
    ['values 100 levels deep', nested(99)],
    ['numbers, booleans and null', [0, -0, 1e308, true, null]],
  ])('takes %s', (_name, value) => {
    expect(malformedInput(value)).toBeNull();
  });
});
