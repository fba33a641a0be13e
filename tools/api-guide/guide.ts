/**
 * The integrator's guide (docs/integrators-guide.md) as a list of examples, and the comparison of an example's
 * output with the output the guide shows.
 *
 * - A fenced block whose info string is exactly `sh` is an example: it is run. A block `sh not-run` is shown
 *   only (starting the demo: the runner starts its own).
 * - The block right after an example (only blank lines between), when its info string is `text`, is the output the
 *   example must print; an example without one must print nothing. A `text` block that follows no example is an
 *   error, so that an output cannot outlive its command.
 * - In an expected output, `<name>` (lower-case letters, digits and hyphens between angle brackets) stands for one
 *   value that varies from run to run (an id, a token, an instant, a count left): it matches one or more characters
 *   other than white space, `"` and `,`. A line holding only `…` stands for any number of lines (none included).
 *   Trailing white space of each line and blank lines at the end are ignored; everything else must be equal.
 */

export interface Example {
  /** The line of the guide where the example's fence opens (1-based). */
  line: number;
  /** The heading the example is under. */
  heading: string;
  command: string;
  /** What it must print; '' for nothing. */
  expected: string;
}

interface Fence {
  line: number;
  info: string;
  body: string;
  /** The line after the closing fence (0-based). */
  end: number;
  /** The first line of the fence (0-based). */
  start: number;
  heading: string;
}

function fencesOf(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]);
    if (!open) {
      if (/^#{1,6} /.test(lines[i])) heading = lines[i].replace(/^#+ /, '');
      continue;
    }
    const marker = open[1];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j].startsWith(marker) && lines[j].slice(marker.length).trim() === '')) {
      body.push(lines[j]);
      j++;
    }
    if (j >= lines.length) throw new Error(`line ${i + 1}: a fenced block is never closed`);
    fences.push({ line: i + 1, info: open[2].trim(), body: body.join('\n'), start: i, end: j + 1, heading });
    i = j;
  }
  return fences;
}

/** The guide's examples in order (see the file's comment for the format). */
export function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const fences = fencesOf(markdown);
  const examples: Example[] = [];
  for (let k = 0; k < fences.length; k++) {
    const fence = fences[k];
    if (fence.info === 'text') {
      const previous = fences[k - 1];
      const adjacent =
        previous &&
        previous.info.split(/\s+/)[0] === 'sh' &&
        lines.slice(previous.end, fence.start).every((line) => line.trim() === '');
      if (!adjacent) throw new Error(`line ${fence.line}: a text block (an expected output) must follow an sh block`);
      continue;
    }
    if (fence.info !== 'sh') continue;
    const next = fences[k + 1];
    const hasOutput =
      next && next.info === 'text' && lines.slice(fence.end, next.start).every((line) => line.trim() === '');
    examples.push({
      line: fence.line,
      heading: fence.heading,
      command: fence.body,
      expected: hasOutput ? next.body : '',
    });
  }
  return examples;
}

const PLACEHOLDER = /<[a-z][a-z0-9-]*>/g;
const ELLIPSIS = '…';

function linesOf(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function patternOf(line: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    source += escape(line.slice(last, match.index)) + '[^\\s",]+';
    last = (match.index ?? 0) + match[0].length;
  }
  return new RegExp(`^${source}${escape(line.slice(last))}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Comparison = { ok: true } | { ok: false; message: string };

/** Whether `actual` is what `expected` shows, placeholders and `…` lines allowed; else where they part. */
export function compareOutput(expected: string, actual: string): Comparison {
  const want = linesOf(expected);
  const got = linesOf(actual);
  const patterns = want.map((line) => (line.trim() === ELLIPSIS ? null : patternOf(line)));
  const failed = new Set<string>();
  // The furthest point reached: the expected line that could not be matched there, and the actual line it met.
  let furthest = { i: 0, j: 0 };
  const match = (i: number, j: number): boolean => {
    if (i > furthest.i || (i === furthest.i && j > furthest.j)) furthest = { i, j };
    if (i === want.length) return j === got.length;
    const key = `${i},${j}`;
    if (failed.has(key)) return false;
    const pattern = patterns[i];
    const ok =
      pattern === null
        ? match(i + 1, j) || (j < got.length && match(i, j + 1))
        : j < got.length && pattern.test(got[j]) && match(i + 1, j + 1);
    if (!ok) failed.add(key);
    return ok;
  };
  if (match(0, 0)) return { ok: true };
  const { i, j } = furthest;
  const wanted = i < want.length ? `expected line ${i + 1}: ${JSON.stringify(want[i])}` : 'expected the end';
  const found = j < got.length ? `actual line ${j + 1}: ${JSON.stringify(got[j])}` : 'found the end of the output';
  return {
    ok: false,
    message: `The output differs from the guide's: ${wanted}, ${found}.\n--- expected\n${want.join('\n')}\n--- actual\n${got.join('\n')}`,
  };
}
