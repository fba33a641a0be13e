import type { ProblemCode } from './problem';

/**
 * The one catalogue of the API's error codes, with when each is answered. `USER_ERROR_CODES` holds every
 * `userErrors[].code` (the GraphQL enum `UserErrorCode`: the API's own `API_PROBLEM_CODES`, the domain's
 * `DomainErrorCode`, a refused file's `SpreadsheetProblemCode`); `GRAPHQL_ERROR_CODES` every top-level
 * `errors[].extensions.code`. Both are typed so that a code without a description does not compile; docs/api-errors.md
 * is generated from them (api-errors-doc.ts, checked by error-codes.spec.ts).
 */
export const USER_ERROR_CODES: { readonly [Code in ProblemCode]: string } = {
  // The API's own (API_PROBLEM_CODES)
  ALREADY_ARCHIVED: 'The unit is archived already.',
  ARCHIVED_PARENT: 'The chosen parent unit is archived and cannot have units under it.',
  ARCHIVED_UNIT: 'The unit is archived: it can no longer be changed, reported for or given targets.',
  CAMPAIGN_CLOSED: 'The campaign is closed: its targets, figures and records no longer change.',
  CAMPAIGN_HAS_REPORTS: 'The campaign has reports already, so it cannot go back to being set up.',
  CAMPAIGN_NOT_ACTIVE: 'Only an active campaign takes figures (reports, imports, records).',
  CYCLE: 'A unit cannot be placed under itself or under one of its own units.',
  DUPLICATE_CODE: 'Another object of the same kind (unit, indicator, campaign, rule) already has this code.',
  DUPLICATE_DECISION_NUMBER: 'Another review of the campaign already uses this decision number.',
  DUPLICATE_EMAIL: 'There is already a user with this email address.',
  DUPLICATE_INDICATOR: 'The same indicator is given more than once (in a report, a file or a campaign).',
  DUPLICATE_KEY: 'Another object of the same kind (level, target set) already has this key.',
  DUPLICATE_PROPOSAL: 'The unit already has a proposal of this outcome in this review.',
  DUPLICATE_TARGET: 'The same target (indicator and level or unit) is listed more than once.',
  EMPTY_FILE: 'The imported file is empty, or has a header but no rows.',
  EXPIRY_IN_PAST: 'An API token must expire in the future.',
  FED_BY_RECORDS: "The unit's figures in this campaign come from dossier records; it does not report by hand.",
  FILE_REQUIRED: 'An import needs exactly one file: `csv` or `xlsxBase64`.',
  HAS_ACTIVE_CHILDREN: 'The unit still has active units under it; archive or move them first.',
  INDICATOR_HAS_TARGETS: 'The indicator has targets in the campaign; clear them before removing it.',
  INVALID_CREDENTIALS: '`login`: the email or the password is not right.',
  INVALID_EMAIL: 'The text is not an email address.',
  INVALID_FORMAT: 'A code or key holds characters other than letters, digits, ".", "_" and "-".',
  INVALID_INPUT: 'An input value breaks a rule of its own (empty name, a number out of its range, …); see the message.',
  INVALID_MEASURE: 'An indicator record rule names a measure dossier records do not have.',
  INVALID_STATUS_CHANGE: 'The campaign cannot move from its status to the one asked (e.g. CLOSED to SETUP).',
  LEVEL_NOT_IN_CAMPAIGN: 'The level (or the unit’s level) does not take part in this campaign.',
  LOGIN_THROTTLED: '`login`: too many failed attempts for this account or address; the message says how long to wait.',
  MISSING_COLUMN: 'The imported file lacks a required column; the message names it.',
  MISSING_INDICATOR: 'A report needs a value for every indicator of the campaign; the message lists those missing.',
  MALFORMED_CSV: 'The CSV text does not parse (an unclosed quote, a ragged row).',
  NOT_AN_ADMIN: 'Command line: `--as` must name an enabled ADMIN account.',
  NOT_A_NUMBER: 'A cell of an imported file that should hold a number does not.',
  NOT_FOUND: 'The object the input names (by id or code) does not exist, or the caller may not see it.',
  NO_INDICATORS: 'A campaign needs at least one indicator before it is activated.',
  NO_TARGETS: 'A campaign needs at least one target before it is activated.',
  PRIMARY_REQUIRED: 'A campaign keeps one primary target set: make another one primary instead.',
  REPORTS_OUTSIDE_PERIODS: 'The change would leave reports outside the campaign’s periods (e.g. an earlier end date).',
  REQUIRED: 'A required value is missing or blank.',
  REVIEW_FINALIZED: 'The review is finalized; it can no longer change.',
  REVIEW_PERIOD_NOT_DUE: 'A review looks at periods whose reports are due; this one is not due yet.',
  RULES_INVALID: 'The campaign’s commendation and discipline rules do not hold; the messages say why.',
  SELF_LOCKOUT: 'An administrator cannot disable themselves or take away their own administrator role.',
  SLUG_TAKEN: 'Another campaign already uses this public address (`publishCampaign`), published or not.',
  STALE: 'Someone else changed the object since the caller read it (`version`); reload and try again.',
  SUBMITTED_AT_IN_FUTURE: 'A back-filled submission time cannot be in the future.',
  SUBMITTED_AT_NOT_ALLOWED: 'Only administrators may give a report’s submission time, to back-fill history.',
  TARGET_SCOPE: 'A target gives either `levelKey` (a level default) or `unitId` (a unit override), not both.',
  TOO_LONG: 'A text is longer than allowed (the message says how long), or a cell longer than 32.767 characters.',
  TOO_MANY: 'A list in the input is longer than one call takes; the message gives the limit.',
  TOO_MANY_ERRORS: 'An imported file has more problems than are listed; the last error counts the rest.',
  TOO_MANY_ROWS: 'An imported file holds more rows than an import takes.',
  TOO_MANY_TARGETS: 'More targets than one call takes (20.000).',
  UNDECIDED_PROPOSALS: 'A review cannot be finalized while some of its proposals are undecided.',
  UNIT_NOT_IN_CAMPAIGN: 'The unit is not at a level of this campaign.',
  UNIT_REQUIRED: 'A reporter account needs the unit it reports for.',
  UNKNOWN_EVENT_TYPE: 'A webhook endpoint names an event type that does not exist; the message lists those that do.',
  UNKNOWN_INDICATOR: 'There is no indicator with this code (in the campaign).',
  UNKNOWN_LEVEL: 'There is no level with this key.',
  UNKNOWN_PARENT: 'There is no such parent unit (in the file or in ThiĐua).',
  UNKNOWN_SCOPE: 'An API token scope that does not exist; the message lists those that do.',
  UNKNOWN_TARGET_SET: 'The campaign has no target set with this key.',
  UNKNOWN_UNIT: 'There is no such unit.',
  UNRESOLVED_CONFLICTS:
    'Proposals of the review are still in conflict; finalize with `acceptConflicts: true` to accept them.',
  URL_NOT_ALLOWED:
    'A webhook URL is not http(s), holds a user name or password, is not on WEBHOOK_ALLOWED_HOSTS, ' +
    'or points to an internal address (loopback, private, link-local…).',
  USER_DISABLED: '`login`: the account is disabled; an administrator may enable it.',
  WEAK_PASSWORD: 'The password is shorter than 10 characters or lacks a letter or a digit.',
  // The domain's (DomainErrorCode, libs/domain)
  INVALID_REMINDER:
    'A reminder is not a whole number of minutes before or after the due time (not 0, at most a week), or there are more than six.',
  INVALID_DATE: 'A date is not a real calendar date written YYYY-MM-DD.',
  END_BEFORE_START: 'The end date is before the start date.',
  INVALID_TIME_ZONE: 'The time zone is not an IANA time zone name (e.g. Asia/Ho_Chi_Minh).',
  INVALID_WEEKDAY: 'The weekday is not one of 1 (Monday) to 7 (Sunday).',
  INVALID_DUE_TIME: 'The due time is not a time of day written HH:mm.',
  PERIOD_OUT_OF_RANGE: 'A period (or a series of periods) outside the campaign’s periods.',
  INVALID_SUBMISSION_TIME: 'A report has no valid submission time.',
  NEGATIVE_COUNT: 'A count is below zero.',
  FRACTIONAL_COUNT: 'A count is not a whole number.',
  COUNT_TOO_LARGE: 'A count is too large to be counted exactly (above a safe integer).',
  COUNT_OUT_OF_RANGE: 'A count is above the most dossiers one report value may count.',
  NUMERATOR_ABOVE_DENOMINATOR: 'A numerator is larger than its denominator.',
  TARGET_OUT_OF_RANGE: 'A target is not a percentage from 0 to 100.',
  INVALID_WEIGHT: 'An indicator’s weight is not a number above 0.',
  INVALID_INDICATOR_CODE:
    'An indicator code does not start with a capital letter and use only capitals, digits and underscores (≤ 64).',
  INVALID_LEGEND: 'The rating legend is not well formed (no class, overlapping or unordered bounds).',
  INVALID_BONUS: 'A bonus setting of the scoring is out of its range.',
  INVALID_PENALTY: 'A penalty setting of the scoring is out of its range.',
  INVALID_TIE_BREAK: 'The tie-breaks are not a list of known criteria, each named once.',
  INVALID_OUTCOME: 'A rule’s outcome is not COMMENDATION or DISCIPLINE.',
  INVALID_PRIORITY: 'A rule’s priority is not a whole number in its range.',
  INVALID_CONDITION: 'A rule’s condition is not a well-formed JSON Logic expression.',
  CONDITION_TOO_COSTLY: 'A rule’s condition would take more steps to evaluate than allowed.',
  CAMPAIGN_TOO_LONG: 'The campaign would last longer than allowed (in years and weekly periods).',
  UNKNOWN_VARIABLE: 'A rule’s condition names a variable that does not exist.',
  UNKNOWN_OPERATOR: 'A rule’s condition uses an operator that is not allowed.',
  // A refused file's (SpreadsheetProblemCode)
  FILE_TOO_LARGE: 'An imported file is over a size limit: bytes, zip entries, inflated bytes, ratio or cells per row.',
  MALFORMED_FILE: 'An imported file is not a readable XLSX (not a zip, truncated, no workbook) or CSV.',
  INVALID_TEXT: 'A cell holds U+0000 or half of a UTF-16 surrogate pair, which cannot be stored.',
};

/** The userError codes, sorted: the values of the GraphQL enum `UserErrorCode`. */
export const USER_ERROR_CODE_LIST = (Object.keys(USER_ERROR_CODES) as ProblemCode[]).sort();

/** Every `errors[].extensions.code` a client may see on a top-level GraphQL error or a plain HTTP route's error. */
export type GraphQLErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface GraphQLErrorCodeInfo {
  description: string;
  /**
   * The HTTP status with `Accept: application/graphql-response+json` (and without an Accept header, or with *∕*).
   * With `Accept: application/json` a 400 is answered 200, the errors in the body (docs/api-errors.md).
   */
  status: string;
}

export const GRAPHQL_ERROR_CODES: { readonly [Code in GraphQLErrorCode]: GraphQLErrorCodeInfo } = {
  UNAUTHENTICATED: {
    description:
      'No caller: no token, or an unknown, expired or revoked one. On a field, the field is null (the rest is ' +
      'answered); introspection by an anonymous caller and the plain HTTP routes refuse the whole request.',
    status: '200 (a field), 401 (introspection, HTTP routes)',
  },
  FORBIDDEN: {
    description: "The caller's role or the API token's scopes do not admit the field or the object it names.",
    status: '200 (a field), 403 (HTTP routes)',
  },
  BAD_USER_INPUT: {
    description:
      'An argument outside the contract (a page over 500, an unknown cursor or period, a variable of the wrong ' +
      'type), or text that cannot be stored (`extensions.reason`: NUL_CHARACTER, MALFORMED_TEXT, TOO_DEEP).',
    status: '200 (an argument a resolver refuses), 400 (variables, malformed text, HTTP routes)',
  },
  NOT_FOUND: {
    description: 'An argument names an object that does not exist (a review to export, …).',
    status: '200 (a field), 404 (HTTP routes)',
  },
  GRAPHQL_PARSE_FAILED: {
    description: 'The query is not GraphQL (a syntax error), or holds more tokens than allowed.',
    status: '400',
  },
  GRAPHQL_VALIDATION_FAILED: {
    description:
      'The query does not hold against the schema, or is over a limit: depth, aliases, directives or cost; the ' +
      'message names the limit.',
    status: '400',
  },
  BAD_REQUEST: {
    description:
      'The HTTP request is not a GraphQL request: the body is not JSON, `query` is missing or not a string, ' +
      '`variables`/`extensions` not an object, a batch of operations, or a GET without a CSRF-safe header.',
    status: '400 (405 for a mutation over GET, 406 for an Accept the API cannot answer)',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    description: 'An automatic persisted query hash the server does not know; send the query text.',
    status: '200',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: { description: 'Persisted queries are not supported here.', status: '200' },
  OPERATION_RESOLUTION_FAILURE: {
    description: 'The document holds several operations and `operationName` names none of them, or is missing.',
    status: '400',
  },
  PAYLOAD_TOO_LARGE: { description: 'The request body is larger than 6 MB once inflated.', status: '413' },
  UNSUPPORTED_MEDIA_TYPE: {
    description: 'A POST that is not `application/json`, or a charset or encoding other than UTF-8, gzip or deflate.',
    status: '415',
  },
  RATE_LIMITED: {
    description:
      "The caller's rate budget (per API token, per user) cannot pay for the request now: nothing was run. " +
      '`Retry-After` and `extensions.retryAfterSeconds` say when it can; `RateLimit-*` headers what is left.',
    status: '429',
  },
  INTERNAL_SERVER_ERROR: {
    description: 'An unexpected failure; it is logged on the server and its details are never shown.',
    status: '200 (a field), 500 (HTTP routes, the request as a whole)',
  },
};

export const GRAPHQL_ERROR_CODE_LIST = Object.keys(GRAPHQL_ERROR_CODES) as GraphQLErrorCode[];
