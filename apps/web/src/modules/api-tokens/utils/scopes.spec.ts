import { curlExample, exampleQuery } from './scopes';

describe('the curl example beside a new token', () => {
  it('asks for units when the token may only read units', () => {
    expect(exampleQuery(['read:units'])).toBe('{ units(first: 1) { totalCount } }');
  });

  it('asks for a campaign when the token may read rankings', () => {
    expect(exampleQuery(['read:units', 'read:rankings'])).toContain('campaigns(first: 1)');
  });

  it('sends the token as a bearer to /graphql of this server, the JSON body in single quotes', () => {
    expect(curlExample('https://thidua.camau.gov.vn', 'tok_abc', ['read:units'])).toBe(
      [
        'curl -s https://thidua.camau.gov.vn/graphql \\',
        "  -H 'content-type: application/json' \\",
        "  -H 'authorization: Bearer tok_abc' \\",
        `  -d '{"query":"{ units(first: 1) { totalCount } }"}'`,
      ].join('\n'),
    );
  });
});
