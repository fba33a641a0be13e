import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print, type ObjectTypeDefinitionNode } from 'graphql';

/** Every type, field and argument of the contract other apps rely on, with its exact type, in the committed schema. */
describe('the public API contract (apps/api/contract.graphql)', () => {
  const root = path.resolve(__dirname, '../..');
  const contract = parse(fs.readFileSync(path.join(root, 'contract.graphql'), 'utf8'));
  const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));

  it('is held by the schema: nothing renamed, dropped or retyped', () => {
    const problems: string[] = [];
    for (const definition of contract.definitions as ObjectTypeDefinitionNode[]) {
      const type = schema.getType(definition.name.value);
      if (!type || !('getFields' in type)) {
        problems.push(`type ${definition.name.value} is missing`);
        continue;
      }
      const fields = type.getFields();
      for (const field of definition.fields ?? []) {
        const name = `${definition.name.value}.${field.name.value}`;
        const actual = fields[field.name.value];
        if (!actual) {
          problems.push(`${name} is missing`);
          continue;
        }
        if (String(actual.type) !== print(field.type))
          problems.push(`${name} is ${String(actual.type)}, the contract says ${print(field.type)}`);
        for (const argument of field.arguments ?? []) {
          const actualArgument =
            'args' in actual ? actual.args.find((candidate) => candidate.name === argument.name.value) : undefined;
          if (!actualArgument) problems.push(`${name}(${argument.name.value}) is missing`);
          else if (String(actualArgument.type) !== print(argument.type))
            problems.push(
              `${name}(${argument.name.value}) is ${String(actualArgument.type)}, the contract says ${print(argument.type)}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(contract.definitions.length).toBeGreaterThan(15);
  });
});
