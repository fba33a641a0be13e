import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { createSchema } from '../../app/schema';
import { apiErrorsDoc } from './api-errors-doc';
import { GRAPHQL_ERROR_CODE_LIST, USER_ERROR_CODE_LIST, USER_ERROR_CODES } from './error-codes';
import { API_PROBLEM_CODES, type ProblemCode } from './problem';

const committed = path.resolve(__dirname, '../../../../../docs/api-errors.md');

describe('the error codes', () => {
  // The name holds `committed apps/api/schema.graphql` so that `npm run schema` refreshes the document too.
  it('are listed in docs/api-errors.md as in the committed apps/api/schema.graphql', () => {
    const generated = apiErrorsDoc();
    if (process.env.UPDATE_SCHEMA === '1' || process.env.UPDATE_ERRORS === '1') fs.writeFileSync(committed, generated);
    expect(fs.readFileSync(committed, 'utf8')).toBe(generated);
    expect(generated.split('\n').filter((line) => line.length > 120)).toEqual([]);
  });

  it('are served as the enum UserErrorCode: every code once, each described', async () => {
    const schema = await createSchema();
    const type = schema.getType('UserErrorCode');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(values.map((value) => value.name)).toEqual(USER_ERROR_CODE_LIST);
    for (const value of values) expect(value.description).toBe(USER_ERROR_CODES[value.name as ProblemCode]);
    const userError = schema.getType('UserError') as GraphQLObjectType;
    expect(String(userError.getFields().code.type)).toBe('UserErrorCode!');
  });

  it("hold the API's own codes and the domain's, each with a description of one line", () => {
    expect(USER_ERROR_CODE_LIST).toEqual(
      expect.arrayContaining([...API_PROBLEM_CODES, 'INVALID_DATE', 'MALFORMED_FILE']),
    );
    expect(new Set(USER_ERROR_CODE_LIST).size).toBe(USER_ERROR_CODE_LIST.length);
    for (const code of USER_ERROR_CODE_LIST) expect(USER_ERROR_CODES[code]).toMatch(/^\S.*[.)]$/);
    expect(GRAPHQL_ERROR_CODE_LIST).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']),
    );
  });
});
