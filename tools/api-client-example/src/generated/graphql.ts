/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an API token may do: READ_UNITS is read:units, WRITE_REPORTS is write:reports, and so on. */
export type ApiScope =
  | 'READ_RANKINGS'
  | 'READ_REPORTS'
  | 'READ_UNITS'
  | 'WRITE_REPORTS';

/** DRAFT: being set up, no reports. ACTIVE: reports accepted. CLOSED: read-only until an admin reopens it. */
export type CampaignStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

/** CREATED, REVISED, UNCHANGED (the same values again write nothing) or REFUSED (see userErrors). */
export type ReportOutcome =
  | 'CREATED'
  | 'REFUSED'
  | 'REVISED'
  | 'UNCHANGED';

export type ReportValueInput = {
  /** Dossiers in scope: a whole number from the numerator to 1.000.000.000. */
  denominator: number;
  indicatorCode: string;
  /** Qualifying dossiers: a whole number from 0 to 1.000.000.000 (a Float type, so that a fraction or a larger number is answered as a userError: FRACTIONAL_COUNT, NEGATIVE_COUNT, COUNT_OUT_OF_RANGE). */
  numerator: number;
};

export type SubmitReportInput = {
  campaignId: string | number;
  period: number;
  /** Admins only: back-fills history with this submission time. */
  submittedAt?: string | null | undefined;
  unitId: string | number;
  /** One value for every indicator of the campaign. */
  values: Array<ReportValueInput>;
};

/** First submitted at or before the due instant (ON_TIME), or after it. */
export type Timeliness =
  | 'LATE'
  | 'ON_TIME';

/** Why a mutation wrote nothing: a closed list, stable across versions (new codes may be added). docs/api-errors.md lists them with when each is answered. */
export type UserErrorCode =
  /** The unit is archived already. */
  | 'ALREADY_ARCHIVED'
  /** The chosen parent unit is archived and cannot have units under it. */
  | 'ARCHIVED_PARENT'
  /** The unit is archived: it can no longer be changed, reported for or given targets. */
  | 'ARCHIVED_UNIT'
  /** The campaign is closed: its targets, figures and records no longer change. */
  | 'CAMPAIGN_CLOSED'
  /** The campaign has reports already, so it cannot go back to being set up. */
  | 'CAMPAIGN_HAS_REPORTS'
  /** Only an active campaign takes figures (reports, imports, records). */
  | 'CAMPAIGN_NOT_ACTIVE'
  /** The campaign would last longer than allowed (in years and weekly periods). */
  | 'CAMPAIGN_TOO_LONG'
  /** A rule’s condition would take more steps to evaluate than allowed. */
  | 'CONDITION_TOO_COSTLY'
  /** A count is above the most dossiers one report value may count. */
  | 'COUNT_OUT_OF_RANGE'
  /** A count is too large to be counted exactly (above a safe integer). */
  | 'COUNT_TOO_LARGE'
  /** A unit cannot be placed under itself or under one of its own units. */
  | 'CYCLE'
  /** Another object of the same kind (unit, indicator, campaign, rule) already has this code. */
  | 'DUPLICATE_CODE'
  /** Another review of the campaign already uses this decision number. */
  | 'DUPLICATE_DECISION_NUMBER'
  /** There is already a user with this email address. */
  | 'DUPLICATE_EMAIL'
  /** The same indicator is given more than once (in a report, a file or a campaign). */
  | 'DUPLICATE_INDICATOR'
  /** Another object of the same kind (level, target set) already has this key. */
  | 'DUPLICATE_KEY'
  /** The unit already has a proposal of this outcome in this review. */
  | 'DUPLICATE_PROPOSAL'
  /** The same target (indicator and level or unit) is listed more than once. */
  | 'DUPLICATE_TARGET'
  /** The imported file is empty, or has a header but no rows. */
  | 'EMPTY_FILE'
  /** The end date is before the start date. */
  | 'END_BEFORE_START'
  /** An API token must expire in the future. */
  | 'EXPIRY_IN_PAST'
  /** The unit's figures in this campaign come from dossier records; it does not report by hand. */
  | 'FED_BY_RECORDS'
  /** An import needs exactly one file: `csv` or `xlsxBase64`. */
  | 'FILE_REQUIRED'
  /** An imported file is over a size limit: bytes, zip entries, inflated bytes, ratio or cells per row. */
  | 'FILE_TOO_LARGE'
  /** A count is not a whole number. */
  | 'FRACTIONAL_COUNT'
  /** The unit still has active units under it; archive or move them first. */
  | 'HAS_ACTIVE_CHILDREN'
  /** The indicator has targets in the campaign; clear them before removing it. */
  | 'INDICATOR_HAS_TARGETS'
  /** A bonus setting of the scoring is out of its range. */
  | 'INVALID_BONUS'
  /** A rule’s condition is not a well-formed JSON Logic expression. */
  | 'INVALID_CONDITION'
  /** `login`: the email or the password is not right. */
  | 'INVALID_CREDENTIALS'
  /** A date is not a real calendar date written YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** The due time is not a time of day written HH:mm. */
  | 'INVALID_DUE_TIME'
  /** The text is not an email address. */
  | 'INVALID_EMAIL'
  /** A code or key holds characters other than letters, digits, ".", "_" and "-". */
  | 'INVALID_FORMAT'
  /** An indicator code does not start with a capital letter and use only capitals, digits and underscores (≤ 64). */
  | 'INVALID_INDICATOR_CODE'
  /** An input value breaks a rule of its own (empty name, a number out of its range, …); see the message. */
  | 'INVALID_INPUT'
  /** The rating legend is not well formed (no class, overlapping or unordered bounds). */
  | 'INVALID_LEGEND'
  /** An indicator record rule names a measure dossier records do not have. */
  | 'INVALID_MEASURE'
  /** A rule’s outcome is not COMMENDATION or DISCIPLINE. */
  | 'INVALID_OUTCOME'
  /** A penalty setting of the scoring is out of its range. */
  | 'INVALID_PENALTY'
  /** A rule’s priority is not a whole number in its range. */
  | 'INVALID_PRIORITY'
  /** A reminder is not a whole number of minutes before or after the due time (not 0, at most a week), or there are more than six. */
  | 'INVALID_REMINDER'
  /** The campaign cannot move from its status to the one asked (e.g. CLOSED to SETUP). */
  | 'INVALID_STATUS_CHANGE'
  /** A report has no valid submission time. */
  | 'INVALID_SUBMISSION_TIME'
  /** A cell holds U+0000 or half of a UTF-16 surrogate pair, which cannot be stored. */
  | 'INVALID_TEXT'
  /** The tie-breaks are not a list of known criteria, each named once. */
  | 'INVALID_TIE_BREAK'
  /** The time zone is not an IANA time zone name (e.g. Asia/Ho_Chi_Minh). */
  | 'INVALID_TIME_ZONE'
  /** The weekday is not one of 1 (Monday) to 7 (Sunday). */
  | 'INVALID_WEEKDAY'
  /** An indicator’s weight is not a number above 0. */
  | 'INVALID_WEIGHT'
  /** The level (or the unit’s level) does not take part in this campaign. */
  | 'LEVEL_NOT_IN_CAMPAIGN'
  /** `login`: too many failed attempts for this account or address; the message says how long to wait. */
  | 'LOGIN_THROTTLED'
  /** The CSV text does not parse (an unclosed quote, a ragged row). */
  | 'MALFORMED_CSV'
  /** An imported file is not a readable XLSX (not a zip, truncated, no workbook) or CSV. */
  | 'MALFORMED_FILE'
  /** The imported file lacks a required column; the message names it. */
  | 'MISSING_COLUMN'
  /** A report needs a value for every indicator of the campaign; the message lists those missing. */
  | 'MISSING_INDICATOR'
  /** A count is below zero. */
  | 'NEGATIVE_COUNT'
  /** Command line: `--as` must name an enabled ADMIN account. */
  | 'NOT_AN_ADMIN'
  /** A cell of an imported file that should hold a number does not. */
  | 'NOT_A_NUMBER'
  /** The object the input names (by id or code) does not exist, or the caller may not see it. */
  | 'NOT_FOUND'
  /** A campaign needs at least one indicator before it is activated. */
  | 'NO_INDICATORS'
  /** A campaign needs at least one target before it is activated. */
  | 'NO_TARGETS'
  /** A numerator is larger than its denominator. */
  | 'NUMERATOR_ABOVE_DENOMINATOR'
  /** A period (or a series of periods) outside the campaign’s periods. */
  | 'PERIOD_OUT_OF_RANGE'
  /** A campaign keeps one primary target set: make another one primary instead. */
  | 'PRIMARY_REQUIRED'
  /** The change would leave reports outside the campaign’s periods (e.g. an earlier end date). */
  | 'REPORTS_OUTSIDE_PERIODS'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** The review is finalized; it can no longer change. */
  | 'REVIEW_FINALIZED'
  /** A review looks at periods whose reports are due; this one is not due yet. */
  | 'REVIEW_PERIOD_NOT_DUE'
  /** The campaign’s commendation and discipline rules do not hold; the messages say why. */
  | 'RULES_INVALID'
  /** An administrator cannot disable themselves or take away their own administrator role. */
  | 'SELF_LOCKOUT'
  /** Another campaign already uses this public address (`publishCampaign`), published or not. */
  | 'SLUG_TAKEN'
  /** Someone else changed the object since the caller read it (`version`); reload and try again. */
  | 'STALE'
  /** A back-filled submission time cannot be in the future. */
  | 'SUBMITTED_AT_IN_FUTURE'
  /** Only administrators may give a report’s submission time, to back-fill history. */
  | 'SUBMITTED_AT_NOT_ALLOWED'
  /** A target is not a percentage from 0 to 100. */
  | 'TARGET_OUT_OF_RANGE'
  /** A target gives either `levelKey` (a level default) or `unitId` (a unit override), not both. */
  | 'TARGET_SCOPE'
  /** A text is longer than allowed (the message says how long), or a cell longer than 32.767 characters. */
  | 'TOO_LONG'
  /** A list in the input is longer than one call takes; the message gives the limit. */
  | 'TOO_MANY'
  /** An imported file has more problems than are listed; the last error counts the rest. */
  | 'TOO_MANY_ERRORS'
  /** An imported file holds more rows than an import takes. */
  | 'TOO_MANY_ROWS'
  /** More targets than one call takes (20.000). */
  | 'TOO_MANY_TARGETS'
  /** A review cannot be finalized while some of its proposals are undecided. */
  | 'UNDECIDED_PROPOSALS'
  /** The unit is not at a level of this campaign. */
  | 'UNIT_NOT_IN_CAMPAIGN'
  /** A reporter account needs the unit it reports for. */
  | 'UNIT_REQUIRED'
  /** A webhook endpoint names an event type that does not exist; the message lists those that do. */
  | 'UNKNOWN_EVENT_TYPE'
  /** There is no indicator with this code (in the campaign). */
  | 'UNKNOWN_INDICATOR'
  /** There is no level with this key. */
  | 'UNKNOWN_LEVEL'
  /** A rule’s condition uses an operator that is not allowed. */
  | 'UNKNOWN_OPERATOR'
  /** There is no such parent unit (in the file or in ThiĐua). */
  | 'UNKNOWN_PARENT'
  /** An API token scope that does not exist; the message lists those that do. */
  | 'UNKNOWN_SCOPE'
  /** The campaign has no target set with this key. */
  | 'UNKNOWN_TARGET_SET'
  /** There is no such unit. */
  | 'UNKNOWN_UNIT'
  /** A rule’s condition names a variable that does not exist. */
  | 'UNKNOWN_VARIABLE'
  /** Proposals of the review are still in conflict; finalize with `acceptConflicts: true` to accept them. */
  | 'UNRESOLVED_CONFLICTS'
  /** A webhook URL is not http(s), holds a user name or password, is not on WEBHOOK_ALLOWED_HOSTS, or points to an internal address (loopback, private, link-local…). */
  | 'URL_NOT_ALLOWED'
  /** `login`: the account is disabled; an administrator may enable it. */
  | 'USER_DISABLED'
  /** The password is shorter than 10 characters or lacks a letter or a digit. */
  | 'WEAK_PASSWORD';

/** USER: a person signed in with `login`. API_TOKEN: another app, with a token an administrator made. */
export type ViewerKind =
  | 'API_TOKEN'
  | 'USER';

export type ExampleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleViewerQuery = { viewer: { kind: ViewerKind, canWriteAllUnits: boolean, token: { name: string, scopes: Array<ApiScope> } | null } };

export type ExampleCurrentCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleCurrentCampaignsQuery = { currentCampaigns: Array<{ id: string, name: string, status: CampaignStatus, indicators: Array<{ indicator: { code: string } }> }> };

export type ExampleRankingQueryVariables = Exact<{
  campaignId: string | number;
  levelKey: string;
  first: number;
}>;


export type ExampleRankingQuery = { ranking: { asOfPeriod: number, level: { name: string }, rowsConnection: { totalCount: number, edges: Array<{ node: { rank: number | null, score: number | null, unit: { name: string } } }> }, rows: Array<{ rank: number | null, latestReportMissing: boolean, unit: { id: string, name: string } }> } };

export type ExampleSubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type ExampleSubmitReportMutation = { submitReport: { outcome: ReportOutcome, report: { revision: number, timeliness: Timeliness } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExampleViewerDocument = new TypedDocumentString(`
    query ExampleViewer {
  viewer {
    kind
    canWriteAllUnits
    token {
      name
      scopes
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleViewerQuery, ExampleViewerQueryVariables>;
export const ExampleCurrentCampaignsDocument = new TypedDocumentString(`
    query ExampleCurrentCampaigns {
  currentCampaigns {
    id
    name
    status
    indicators {
      indicator {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleCurrentCampaignsQuery, ExampleCurrentCampaignsQueryVariables>;
export const ExampleRankingDocument = new TypedDocumentString(`
    query ExampleRanking($campaignId: ID!, $levelKey: String!, $first: Int!) {
  ranking(campaignId: $campaignId, levelKey: $levelKey) {
    asOfPeriod
    level {
      name
    }
    rowsConnection(first: $first) {
      totalCount
      edges {
        node {
          rank
          score
          unit {
            name
          }
        }
      }
    }
    rows {
      rank
      latestReportMissing
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleRankingQuery, ExampleRankingQueryVariables>;
export const ExampleSubmitReportDocument = new TypedDocumentString(`
    mutation ExampleSubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) {
    outcome
    report {
      revision
      timeliness
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleSubmitReportMutation, ExampleSubmitReportMutationVariables>;