import { DEFAULT_LEGEND as DOMAIN_DEFAULT_LEGEND, DEFAULT_TIME_ZONE } from '@thidua/domain';
import type {
  CampaignSettingsFragment,
  CreateCampaignInput,
  UpdateCampaignInput,
  Weekday,
} from '../../../generated/graphql';
import type { UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import {
  defaultScoringValues,
  readScoringForm,
  scoringChanged,
  scoringFieldOf,
  scoringInputOf,
  scoringValuesOf,
  type ScoringErrors,
  type ScoringField,
  type ScoringFormValues,
} from './scoring-form';
import type { ScoringSettings } from '@thidua/domain';

export interface IndicatorRowValue {
  /** Stable React key while rows move. */
  rowId: string;
  code: string;
  weight: string;
}

export interface LegendRowValue {
  code: string;
  name: string;
  minScore: string;
}

/** The editor's state: text as typed (weights and thresholds may use a decimal comma). */
export interface CampaignFormValues {
  name: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  dueWeekday: Weekday;
  dueTime: string;
  indicators: IndicatorRowValue[];
  legend: LegendRowValue[];
  levelKeys: string[];
  /** Bonus, penalties and tie-breaks (docs/domain.md §4a). */
  scoring: ScoringFormValues;
}

export const CAMPAIGN_FIELDS = [
  'name',
  'startDate',
  'endDate',
  'timeZone',
  'dueWeekday',
  'dueTime',
  'indicators',
  'legend',
  'levelKeys',
  'status',
] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

export interface CampaignFormErrors {
  general: string[];
  byField: Partial<Record<CampaignField, string[]>>;
  indicatorRows: Record<number, string[]>;
  legendRows: Record<number, string[]>;
  /** Beside each field of the scoring section. */
  scoring: ScoringErrors;
}

export const NO_CAMPAIGN_ERRORS: CampaignFormErrors = {
  general: [],
  byField: {},
  indicatorRows: {},
  legendRows: {},
  scoring: {},
};

/**
 * The domain's default legend (docs/domain.md §4: Xuất sắc ≥ 90, Tốt ≥ 75, Trung bình ≥ 50, Yếu below) as form rows.
 */
export const DEFAULT_LEGEND: readonly LegendRowValue[] = DOMAIN_DEFAULT_LEGEND.map(({ code, label, minScore }) => ({
  code,
  name: label,
  minScore: String(minScore),
}));

let nextRowId = 0;
export const newRowId = (): string => `row-${++nextRowId}`;

/** "1,5" or "1.5" → 1.5; anything else → undefined. */
export function parseDecimal(text: string): number | undefined {
  const normalized = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : undefined;
}

const decimalText = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);

export function newCampaignValues(levelKeys: string[], locale = 'vi-VN'): CampaignFormValues {
  return {
    name: '',
    startDate: '',
    endDate: '',
    timeZone: DEFAULT_TIME_ZONE,
    dueWeekday: 'FRIDAY',
    dueTime: '16:00',
    indicators: [],
    legend: DEFAULT_LEGEND.map((entry) => ({ ...entry })),
    levelKeys,
    scoring: defaultScoringValues(locale),
  };
}

export function campaignValuesOf(campaign: CampaignSettingsFragment, locale: string): CampaignFormValues {
  return {
    name: campaign.name,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    timeZone: campaign.timeZone,
    dueWeekday: campaign.dueWeekday,
    dueTime: campaign.dueTime,
    indicators: campaign.indicators.map(({ indicator, weight }) => ({
      rowId: newRowId(),
      code: indicator.code,
      weight: decimalText(weight, locale),
    })),
    legend: campaign.legend.map(({ code, name, minScore }) => ({
      code,
      name,
      minScore: decimalText(minScore, locale),
    })),
    levelKeys: campaign.levels.map((level) => level.key),
    scoring: scoringValuesOf(campaign.scoring, locale),
  };
}

type ReadForm = {
  [
    K in
      'name' | 'startDate' | 'endDate' | 'timeZone' | 'dueWeekday' | 'dueTime' | 'indicators' | 'legend' | 'levelKeys'
  ]-?: NonNullable<CreateCampaignInput[K]>;
};

/**
 * The form as API input and scoring settings, or the rows and fields whose numbers cannot be read (the API is not
 * asked then).
 */
export function readCampaignForm(
  values: CampaignFormValues,
  badNumber: string,
): { input: ReadForm; scoring: ScoringSettings; errors: CampaignFormErrors | null } {
  const indicatorRows: Record<number, string[]> = {};
  const legendRows: Record<number, string[]> = {};
  const indicators = values.indicators.map((row, i) => {
    const weight = row.weight.trim() === '' ? 1 : parseDecimal(row.weight);
    if (weight === undefined) indicatorRows[i] = [badNumber];
    return { code: row.code, weight: weight ?? 1 };
  });
  const legend = values.legend.map((row, i) => {
    const minScore = parseDecimal(row.minScore);
    if (minScore === undefined) legendRows[i] = [badNumber];
    return { code: row.code, name: row.name.trim(), minScore: minScore ?? 0 };
  });
  const input: ReadForm = {
    name: values.name.trim(),
    startDate: values.startDate,
    endDate: values.endDate,
    timeZone: values.timeZone.trim(),
    dueWeekday: values.dueWeekday,
    dueTime: values.dueTime.trim(),
    indicators,
    legend,
    levelKeys: values.levelKeys,
  };
  const scoring = readScoringForm(values.scoring, badNumber);
  const bad =
    Object.keys(indicatorRows).length + Object.keys(legendRows).length + Object.keys(scoring.errors).length > 0;
  return {
    input,
    scoring: scoring.settings,
    errors: bad ? { ...NO_CAMPAIGN_ERRORS, indicatorRows, legendRows, scoring: scoring.errors } : null,
  };
}

/** A new campaign's input: the scoring section is sent only when it turns something on. */
export function createInputOf(input: ReadForm, scoring: ScoringSettings): CreateCampaignInput {
  return scoringChanged(scoring, null) ? { ...input, scoring: scoringInputOf(scoring) } : input;
}

/** Only what changed, with the version read, so a stale edit is refused and the history says what was edited. */
export function updateInputOf(
  input: ReadForm,
  campaign: CampaignSettingsFragment,
  scoring?: ScoringSettings,
): UpdateCampaignInput {
  const update: UpdateCampaignInput = { id: campaign.id, version: campaign.version };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (input.name !== campaign.name) update.name = input.name;
  if (input.startDate !== campaign.startDate) update.startDate = input.startDate;
  if (input.endDate !== campaign.endDate) update.endDate = input.endDate;
  if (input.timeZone !== campaign.timeZone) update.timeZone = input.timeZone;
  if (input.dueWeekday !== campaign.dueWeekday) update.dueWeekday = input.dueWeekday;
  if (input.dueTime !== campaign.dueTime) update.dueTime = input.dueTime;
  if (
    !same(
      input.indicators,
      campaign.indicators.map(({ indicator, weight }) => ({ code: indicator.code, weight })),
    )
  )
    update.indicators = input.indicators;
  if (
    !same(
      input.legend,
      campaign.legend.map(({ code, name, minScore }) => ({ code, name, minScore })),
    )
  )
    update.legend = input.legend;
  if (!same([...input.levelKeys].sort(), campaign.levels.map((level) => level.key).sort()))
    update.levelKeys = input.levelKeys;
  if (scoring && scoringChanged(scoring, campaign.scoring)) update.scoring = scoringInputOf(scoring);
  return update;
}

/**
 * userErrors of createCampaign / updateCampaign: ["input", "indicators", "2", "weight"] goes on indicator row 2,
 * ["input", "legend", "1", "minScore"] on legend row 1, ["input", "scoring", "penaltyMax"] beside the penalty cap,
 * ["input", "endDate"] beside the end date; the rest on top. `describeScoring` words a scoring error for its field.
 */
export function splitCampaignErrors(
  errors: ReadonlyArray<UserErrorLike>,
  describe: (error: UserErrorLike) => string,
  describeScoring: (field: ScoringField, error: UserErrorLike) => string = (_field, error) => describe(error),
): CampaignFormErrors {
  const result: CampaignFormErrors = { general: [], byField: {}, indicatorRows: {}, legendRows: {}, scoring: {} };
  for (const error of errors) {
    const path = (error.field ?? []).filter((segment, i) => !(i === 0 && segment === 'input'));
    const [field, index] = path;
    const row = Number(index);
    const scoringField = field === 'scoring' ? scoringFieldOf(path) : null;
    if (scoringField) {
      const messages = (result.scoring[scoringField] ??= []);
      const message = describeScoring(scoringField, error);
      if (!messages.includes(message)) messages.push(message);
      continue;
    }
    const message = describe(error);
    if ((field === 'indicators' || field === 'legend') && index !== undefined && Number.isInteger(row)) {
      const rows = field === 'indicators' ? result.indicatorRows : result.legendRows;
      (rows[row] ??= []).push(message);
    } else if ((CAMPAIGN_FIELDS as ReadonlyArray<string>).includes(field)) {
      (result.byField[field as CampaignField] ??= []).push(message);
    } else {
      result.general.push(message);
    }
  }
  return result;
}

/** Common IANA zones offered in the editor; any other valid name may be typed. */
export const COMMON_TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
];

export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
