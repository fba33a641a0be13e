import { getMetadataStorage as validationMetadata } from 'class-validator';
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage as schemaMetadata } from 'type-graphql';
import { isId } from '../database/errors';
import { userError, type Problem } from '../errors/problem';
import { msg } from '../i18n/message';

let maxLengths: Map<string, number> | null = null;

/**
 * The `@MaxLength` an input class declares for a field, by GraphQL names (`CreateUnitInput`, `name`); null when none.
 * Every String field of a mutation's input declares one, no longer than its column (checked by the fuzz test).
 */
export function declaredMaxLength(inputTypeName: string, fieldName: string): number | null {
  maxLengths ??= collectMaxLengths();
  return maxLengths.get(`${inputTypeName}.${fieldName}`) ?? null;
}

function collectMaxLengths(): Map<string, number> {
  const lengths = new Map<string, number>();
  const inputTypes = schemaMetadata().inputTypes;
  for (const inputType of inputTypes) {
    const rules = validationMetadata().getTargetValidationMetadatas(inputType.target, '', true, false);
    // An input class inherits the fields (and their rules) of the input classes it extends.
    const ancestors = inputTypes.filter((other) => inputType.target.prototype instanceof other.target);
    for (const field of [inputType, ...ancestors].flatMap((type) => type.fields ?? [])) {
      const max = rules.find((rule) => rule.propertyName === field.name && rule.name === 'maxLength');
      if (max) lengths.set(`${inputType.name}.${field.schemaName}`, Number(max.constraints[0]));
    }
  }
  return lengths;
}

/**
 * Checks of a mutation's arguments that every mutation shares, before its own: text no longer than its field
 * allows (TOO_LONG), and ids that could be ours (an empty or malformed one finds nothing: NOT_FOUND).
 * Each names the field, e.g. ["input", "indicators", "2", "code"].
 */
export function argumentProblems(args: readonly GraphQLArgument[], values: Record<string, unknown>): Problem[] {
  return args.flatMap((arg) => valueProblems(arg.type, values[arg.name], [arg.name], null));
}

function valueProblems(type: GraphQLInputType, value: unknown, path: string[], maxLength: number | null): Problem[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return valueProblems(type.ofType, value, path, maxLength);
  if (isListType(type)) {
    if (!Array.isArray(value)) return valueProblems(type.ofType, value, path, maxLength);
    return value.flatMap((item, index) => valueProblems(type.ofType, item, [...path, String(index)], maxLength));
  }
  if (isInputObjectType(type)) {
    const object = value as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((field) =>
      valueProblems(field.type, object[field.name], [...path, field.name], declaredMaxLength(type.name, field.name)),
    );
  }
  if (!isScalarType(type) || typeof value !== 'string') return [];
  if (type.name === 'ID' && !isId(value))
    return [
      userError(
        'NOT_FOUND',
        path,
        msg('There is nothing with this id.', 'Không tìm thấy đối tượng nào có mã định danh này.'),
      ),
    ];
  if (maxLength !== null && value.length > maxLength && characterCount(value) > maxLength) {
    const name = path[path.length - 1];
    // A list's item is named by its list: "Each copyToParentLevelKeys item …", not "1 must be …".
    const list = /^\d+$/.test(name) ? path.findLast((step) => !/^\d+$/.test(step)) : undefined;
    const message = list
      ? msg(
          `Each ${list} item must be at most ${maxLength} characters.`,
          `Mỗi mục của ${list} dài tối đa ${maxLength} ký tự.`,
        )
      : msg(`${name} must be at most ${maxLength} characters.`, `${name} dài tối đa ${maxLength} ký tự.`);
    return [userError('TOO_LONG', path, message)];
  }
  return [];
}

/** Characters as PostgreSQL counts them in a varchar(n): code points (an emoji is one, two UTF-16 units). */
function characterCount(text: string): number {
  let lowSurrogates = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff) lowSurrogates++;
  }
  return text.length - lowSurrogates;
}
