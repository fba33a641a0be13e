import fs from 'node:fs';
import path from 'node:path';
import { apiAccessDoc, readmeScopeTable } from './access-doc';

const root = path.resolve(__dirname, '../../../..');
const committedDoc = path.join(root, 'docs/api-access.md');
const readme = path.join(root, 'README.md');
const START = '<!-- scope table: generated from apps/api/src/app/authorization-matrix.ts -->';
const END = '<!-- end of scope table -->';

describe('the access tables of the documentation', () => {
  const update = process.env.UPDATE_SCHEMA === '1';

  // The names hold `committed apps/api/schema.graphql` so that `npm run schema` refreshes the documents too.
  it('are docs/api-access.md as the authorization matrix gives it (committed apps/api/schema.graphql)', () => {
    const generated = apiAccessDoc();
    if (update) fs.writeFileSync(committedDoc, generated);
    expect(fs.readFileSync(committedDoc, 'utf8')).toBe(generated);
  });

  it("are the README's scope table as the authorization matrix gives them (committed apps/api/schema.graphql)", () => {
    const text = fs.readFileSync(readme, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect([start, end].every((index) => index > 0)).toBe(true);
    const generated = `${START}\n${readmeScopeTable()}\n${END}`;
    if (update) fs.writeFileSync(readme, text.slice(0, start) + generated + text.slice(end + END.length));
    expect(fs.readFileSync(readme, 'utf8').slice(start, start + generated.length)).toBe(generated);
  });
});
