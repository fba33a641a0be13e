import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { emitSchema } from './emit-schema';
import { publicOperations } from '../foundation/graphql/public';
import { createSchema } from './schema';

const committed = path.resolve(__dirname, '../../schema.graphql');

describe('the GraphQL schema', () => {
  it('matches the committed apps/api/schema.graphql (refresh with `npm run schema`)', async () => {
    const emitted = emitSchema(await createSchema());
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(committed, emitted);
    expect(fs.readFileSync(committed, 'utf8')).toBe(emitted);
  });

  it('guards every query and mutation: @Authorized, or marked @Public (only login)', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
    const operations = [...storage.queries, ...storage.mutations].map((op) => ({
      name: op.methodName,
      key: `${op.target.name}.${op.methodName}`,
    }));
    expect(operations.length).toBeGreaterThan(5);
    const unguarded = operations
      .filter((op) => !guarded.has(op.key) && !publicOperations.has(op.name))
      .map((op) => op.key);
    expect(unguarded).toEqual([]);
    expect([...publicOperations]).toEqual(['login']);
  });
});
