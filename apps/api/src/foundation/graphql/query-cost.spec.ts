import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, Kind, parse, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { LIMITS } from './limits';
import { operationCost } from './query-cost';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const WEB_DOCUMENTS = path.resolve(__dirname, '../../../../web/src/generated/graphql.ts');

function costOf(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operationCost(schema, operation, fragments, variables);
}

/** Fields an outside caller may ask for, each with the selection a real client asks (the heaviest kinds first). */
const FIELDS: Record<string, string> = {
  weeklyReport: `weeklyReport(campaignId: "c") { period { index } summary { unitCount indicators { rate } }
    levels { cohortSize rows { rank score unit { code name } indicators { indicator { code } rate } reports { late } } }
    lateUnits { unit { code } } missingUnits { unit { code } } zeroRateUnits { unit { code } } }`,
  previewRules: `previewRules(campaignId: "c") { ruleCode form unit { code } reason evidence { variable value } }`,
  ranking: `ranking(campaignId: "c", levelKey: "commune") { cohortSize rows { rank score unit { code name }
    indicators { indicator { code } rate } class { name } reports { onTime late missing } } }`,
  summary: `summary(campaignId: "c") { unitCount indicators { indicator { code } rate } }`,
  reportStatusBoard: `reportStatusBoard(campaignId: "c", period: 1) { rows { unit { code } status }
    toRemind { code } }`,
  reports: `reports(campaignId: "c", first: 500) { totalCount edges { node { id period { index } unit { code name }
    values { indicator { code } numerator denominator } revisions { revision submittedAt source
    newValues { indicator { code } numerator denominator } previousValues { indicator { code } numerator }
    submittedBy { name } } } } }`,
  units: `units(first: 500) { totalCount edges { node { id code name level { key } parent { code } } } }`,
  levels: `levels { key name depth }`,
};
const fieldCost: Record<string, number> = Object.fromEntries(
  Object.entries(FIELDS).map(([name, selection]) => [name, costOf(parse(`{ ${selection} }`))]),
);

describe('query cost: what each field really costs', () => {
  it('a weeklyReport costs more than 20.000: two fit in a request, 20 aliased ones (5 s on the probe) do not', () => {
    expect(fieldCost.weeklyReport).toBeGreaterThan(20_000);
    expect(2 * fieldCost.weeklyReport).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(3 * fieldCost.weeklyReport).toBeGreaterThan(LIMITS.maxCost);
    const twenty = Array.from({ length: 20 }, (_, i) => `w${i}: ${FIELDS.weeklyReport}`).join(' ');
    expect(costOf(parse(`{ ${twenty} }`))).toBe(20 * fieldCost.weeklyReport);
  });

  it('the documented largest page, 500 reports with their revisions, is allowed', () => {
    expect(fieldCost.reports).toBeLessThanOrEqual(LIMITS.maxCost / 4);
    const query = parse(`query($first: Int) { ${FIELDS.reports.replace('first: 500', 'first: $first')} }`);
    expect(costOf(query, { first: 500 })).toBe(fieldCost.reports);
    expect(costOf(query, { first: 5 })).toBeLessThan(fieldCost.reports / 50);
  });

  it('a child connection under every row of a list is paid per row: units × children(first: 500) is refused', () => {
    const query = parse(`{ units(first: 500) { edges { node { children(first: 500) { edges { node { id } } } } } } }`);
    expect(costOf(query)).toBeGreaterThan(10 * LIMITS.maxCost);
    const rows = parse(`{ ranking(campaignId: "c", levelKey: "x") { rows { unit { children(first: 500) {
      edges { node { code } } } } } } }`);
    expect(costOf(rows)).toBeGreaterThan(LIMITS.maxCost);
  });

  it('any mix of aliased fields costs the sum of its fields, whatever the aliases and fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.keys(FIELDS)), { minLength: 1, maxLength: 20 }), (names) => {
        const aliased = names.map((name, i) => `a${i}: ${FIELDS[name]}`).join(' ');
        const expected = names.reduce((sum, name) => sum + fieldCost[name], 0);
        expect(costOf(parse(`{ ${aliased} }`))).toBe(expected);
        const viaFragment = `query { ...all } fragment all on Query { ${aliased} }`;
        expect(costOf(parse(viaFragment))).toBe(expected);
        if (names.filter((name) => name === 'weeklyReport' || name === 'previewRules').length >= 3)
          expect(expected).toBeGreaterThan(LIMITS.maxCost);
      }),
      { numRuns: 300 },
    );
  });

  it("every query and mutation of the web app is within the limit, even with 500 for every page's `first`", () => {
    const source = fs.readFileSync(WEB_DOCUMENTS, 'utf8');
    const documents = [...source.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as DocumentNode/g)];
    expect(documents.length).toBeGreaterThan(40);
    const over = documents
      .map(([, name, json]) => [name, costOf(JSON.parse(json) as DocumentNode, { first: 500 })] as const)
      .filter(([, cost]) => cost > LIMITS.maxCost);
    expect(over).toEqual([]);
  });
});
