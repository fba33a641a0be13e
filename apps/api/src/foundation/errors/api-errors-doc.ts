import { MALFORMED_INPUT_MESSAGES, type MalformedInputReason } from '../graphql/well-formed-input';
import type { SpreadsheetProblemCode } from '../spreadsheets/spreadsheet-problem';
import { API_PROBLEM_CODES } from './problem';
import { GRAPHQL_ERROR_CODE_LIST, GRAPHQL_ERROR_CODES, USER_ERROR_CODE_LIST, USER_ERROR_CODES } from './error-codes';

const WIDTH = 120;

/**
 * docs/api-errors.md as the catalogue (error-codes.ts) gives it: every `userErrors[].code` and every top-level
 * `extensions.code`, with when each is answered. Checked by error-codes.spec.ts; refreshed with `npm run schema`.
 */
export function apiErrorsDoc(): string {
  const apiCodes = new Set<string>(API_PROBLEM_CODES);
  const reasons = Object.keys(MALFORMED_INPUT_MESSAGES) as MalformedInputReason[];
  const lines = [
    '# API error codes',
    '',
    '<!-- Generated from apps/api/src/foundation/errors/error-codes.ts by error-codes.spec.ts: edit the catalogue,',
    '     then run `npm run schema`. -->',
    '',
    'Two kinds of failure, never mixed (docs/api.md):',
    '',
    ...wrap(
      "- A mutation that writes nothing for a reason the caller can fix answers its payload's `userErrors { code " +
        'field message }` (HTTP 200). `code` is the GraphQL enum `UserErrorCode`; `field` is the path of the input ' +
        'at fault; `message` is a sentence to show, in Vietnamese when `Accept-Language` prefers `vi`, else in English ' +
        '(codes and fields never change with it).',
    ),
    ...wrap(
      '- A request refused as a whole, or a field that cannot be answered, is a top-level GraphQL error ' +
        '`{ message, path, extensions: { code[, reason] } }`. The plain HTTP routes (`GET /exports/…`, ' +
        '`POST /imports/dossiers`) answer their refusals in the same shape, `{ "errors": [{ "message", "extensions": ' +
        '{ "code" } }] }`, with the HTTP status given below. Their messages too follow `Accept-Language` (vi or en).',
    ),
    '',
    '## `userErrors[].code` (`UserErrorCode`)',
    '',
    ...wrap(
      `${USER_ERROR_CODE_LIST.length} codes, a closed list: a client may switch on them (new ones may be added). ` +
        "The API's own (`API_PROBLEM_CODES`), the domain's (`DomainErrorCode`, marked *domain*) and a refused " +
        "file's (`SpreadsheetProblemCode`, marked *file*); a code may be raised by more than one of them.",
    ),
    '',
    ...USER_ERROR_CODE_LIST.flatMap((code) =>
      wrap(`- \`${code}\`${apiCodes.has(code) ? '' : ` (${origin(code)})`}: ${USER_ERROR_CODES[code]}`),
    ),
    '',
    '## Top-level `errors[].extensions.code`',
    '',
    ...wrap(
      'The HTTP status is the one answered with `Accept: application/graphql-response+json` (GraphQL over HTTP), ' +
        'with `*/*` and without an Accept header. With `Accept: application/json` a GraphQL request error (400: ' +
        'parse, validation, variables, `BAD_USER_INPUT`) is answered 200, the errors in the body, as the spec ' +
        'asks of that media type; a request that is not well formed (`BAD_REQUEST`) and other statuses are the same. ' +
        'A field error leaves the rest of the answer: the status is 200 and `data` holds what could be answered.',
    ),
    '',
    ...GRAPHQL_ERROR_CODE_LIST.flatMap((code) => {
      const { description, status } = GRAPHQL_ERROR_CODES[code];
      return wrap(`- \`${code}\` — HTTP ${status}: ${description}`);
    }),
    '',
    '`BAD_USER_INPUT` carries `extensions.reason` when text or values cannot be stored:',
    '',
    ...reasons.flatMap((reason) => wrap(`- \`${reason}\`: ${MALFORMED_INPUT_MESSAGES[reason].en}`)),
    ...wrap(
      '- `BAD_FORMAT`, `BAD_FILE` (`POST /imports/dossiers` only): the `?format` is not csv or ndjson; the file ' +
        'cannot be read (the message says why).',
    ),
    '',
  ];
  return lines.join('\n');
}

/** Every SpreadsheetProblemCode (the compiler checks the list is whole); the other codes are the domain's. */
const SPREADSHEET_CODES: { readonly [Code in SpreadsheetProblemCode]: true } = {
  FILE_TOO_LARGE: true,
  TOO_MANY_ROWS: true,
  MALFORMED_FILE: true,
  INVALID_TEXT: true,
  TOO_LONG: true,
};

function origin(code: string): string {
  return Object.hasOwn(SPREADSHEET_CODES, code) ? 'file' : 'domain';
}

/** Wraps a list item (or a paragraph) at WIDTH columns, continuation lines indented under its text. */
function wrap(text: string): string[] {
  const indent = text.startsWith('- ') ? '  ' : '';
  const lines: string[] = [];
  let line = '';
  // A `code span` is never broken: its spaces stay on one line.
  for (const word of text.match(/(?:[^\s`]*`[^`]*`)+[^\s`]*|\S+/g) ?? []) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
