import { compareOutput, examplesOf } from './guide';

describe('compareOutput', () => {
  it('accepts equal text, ignoring trailing white space and blank lines at the end', () => {
    expect(compareOutput('{\n  "a": 1\n}', '{  \n  "a": 1\n}\n\n')).toEqual({ ok: true });
  });

  it('lets a placeholder stand for one value, inside or outside quotes', () => {
    const expected = '{\n  "id": "<id>",\n  "cost": <number>,\n  "note": "try again in <number> s"\n}';
    const actual =
      '{\n  "id": "9f1c2e4a-0b7d-4c55-a1f0-6d2e8b9c0a11",\n  "cost": 8003,\n  "note": "try again in 3 s"\n}';
    expect(compareOutput(expected, actual)).toEqual({ ok: true });
  });

  it('refuses a placeholder that would swallow several values or an empty one', () => {
    expect(compareOutput('"a": "<id>"', '"a": "x", "b": "y"').ok).toBe(false);
    expect(compareOutput('"a": "<id>"', '"a": ""').ok).toBe(false);
    expect(compareOutput('score <number>', 'score 1 2').ok).toBe(false);
  });

  it('lets a line of … stand for any number of lines, none included', () => {
    const expected = '[\n  1,\n  …\n  9\n]';
    expect(compareOutput(expected, '[\n  1,\n  2,\n  3,\n  9\n]')).toEqual({ ok: true });
    expect(compareOutput(expected, '[\n  1,\n  9\n]')).toEqual({ ok: true });
    expect(compareOutput(expected, '[\n  1,\n  2\n]').ok).toBe(false);
  });

  it('fails on a changed value and says where', () => {
    const result = compareOutput(
      '{\n  "rank": 1,\n  "name": "Huyện Trần Văn Thời"\n}',
      '{\n  "rank": 2,\n  "name": "Huyện Trần Văn Thời"\n}',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toContain('expected line 2: "  \\"rank\\": 1,", actual line 2: "  \\"rank\\": 2,"');
  });

  it('fails on a missing or an extra line', () => {
    expect(compareOutput('a\nb', 'a').ok).toBe(false);
    expect(compareOutput('a', 'a\nb').ok).toBe(false);
    expect(compareOutput('', 'something').ok).toBe(false);
  });

  it('takes regular-expression characters literally', () => {
    expect(compareOutput('a.b (c)*', 'a.b (c)*')).toEqual({ ok: true });
    expect(compareOutput('a.b', 'axb').ok).toBe(false);
  });
});

describe('examplesOf', () => {
  const guide = [
    '# Guide',
    '## One',
    '```sh not-run',
    'npm start',
    '```',
    '```sh',
    'echo hello',
    '```',
    '',
    '```text',
    'hello',
    '```',
    '## Two',
    '```sh',
    'X=1',
    '```',
    'Then:',
    '```graphql',
    '{ viewer { kind } }',
    '```',
  ].join('\n');

  it('lists the sh blocks with the text block after each, and skips the others', () => {
    expect(examplesOf(guide)).toEqual([
      { line: 6, heading: 'One', command: 'echo hello', expected: 'hello' },
      { line: 14, heading: 'Two', command: 'X=1', expected: '' },
    ]);
  });

  it('refuses an expected output that follows no example', () => {
    expect(() => examplesOf('Some prose\n```text\nhello\n```\n')).toThrow(/line 2: a text block/);
    expect(() => examplesOf('```sh\necho a\n```\nprose\n```text\na\n```\n')).toThrow(/line 5: a text block/);
  });

  it('refuses a block never closed', () => {
    expect(() => examplesOf('```sh\necho a\n')).toThrow(/never closed/);
  });
});
