import {
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { argumentProblems } from './input-limits';
import { type Problem } from '../errors/problem';

/** Thrown by `checkMutationArguments`; `answerRefusedArguments` turns it into the mutation's payload. */
class ArgumentsRefused extends Error {
  constructor(readonly userErrors: Problem[]) {
    super('arguments refused: ' + userErrors.map((error) => error.code).join(', '));
  }
}

/**
 * type-graphql's `validateFn`: runs after the role check, before the resolver, once per argument. For a mutation
 * it checks all its arguments at once (input-limits): too long a text, an id that cannot be ours.
 */
export const checkMutationArguments: ValidatorFn = (_value, _type, { info, args }) => {
  const mutationType = info.schema.getMutationType();
  if (!mutationType || info.parentType !== mutationType) return;
  const problems = argumentProblems(mutationType.getFields()[info.fieldName].args, args);
  if (problems.length) throw new ArgumentsRefused(problems);
};

/** Makes every mutation answer refused arguments as its payload with userErrors (nothing was written). */
export function answerRefusedArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (...params) => {
      try {
        return await resolve(...params);
      } catch (error) {
        if (error instanceof ArgumentsRefused) return refusedPayload(field.type, error.userErrors);
        throw error;
      }
    };
  }
  return schema;
}

/**
 * A mutation payload saying nothing was done: its userErrors, nothing else (null, [], 0, false, or REFUSED for an
 * outcome enum). A payload that cannot be built so throws; a unit spec checks every mutation's payload can.
 */
export function refusedPayload(type: GraphQLOutputType, userErrors: Problem[]): Record<string, unknown> {
  const payload = getNullableType(type);
  if (!isObjectType(payload) || !payload.getFields().userErrors) {
    throw new Error(`${String(type)} is not a payload with userErrors`);
  }
  return Object.fromEntries(
    Object.values(payload.getFields()).map((field) => {
      if (field.name === 'userErrors') return [field.name, userErrors];
      if (!isNonNullType(field.type)) return [field.name, null];
      const inner = field.type.ofType;
      if (isListType(inner)) return [field.name, []];
      if (isScalarType(inner) && ['Int', 'Float', 'SafeInt'].includes(inner.name)) return [field.name, 0];
      if (isScalarType(inner) && inner.name === 'Boolean') return [field.name, false];
      if (isEnumType(inner) && inner.getValue('REFUSED')) return [field.name, 'REFUSED'];
      throw new Error(`${payload.name}.${field.name} has no value that says "refused"`);
    }),
  );
}
