import { validate, type ValidationError } from 'class-validator';
import { userError, type Problem } from '../errors/problem';

/** Runs an input's class-validator rules and answers them as userErrors (code INVALID_INPUT) under `input.<field>`. */
export async function validateInput(input: object): Promise<Problem[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return errors.flatMap((error) => toUserErrors(error, ['input']));
}

function toUserErrors(error: ValidationError, parent: string[]): Problem[] {
  const path = [...parent, error.property];
  const own = Object.values(error.constraints ?? {}).map((message) => userError('INVALID_INPUT', path, message));
  return [...own, ...(error.children ?? []).flatMap((child) => toUserErrors(child, path))];
}
