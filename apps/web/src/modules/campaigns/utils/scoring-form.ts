import {
  DEFAULT_SCORING_SETTINGS,
  TIE_BREAK_CRITERIA,
  validateScoringSettings,
  type ScoringSettings,
  type TieBreakCriterion,
} from '@thidua/domain';
import type { CampaignSettingsFragment, ScoringSettingsInput } from '../../../generated/graphql';
import { requestLanguage } from '../../../foundation/i18n/request-language';

/** The scoring section's fields (docs/domain.md §4a), as named by the API and the domain. */
export const SCORING_FIELDS = [
  'bonusMax',
  'bonusFullAt',
  'penaltyPerLate',
  'penaltyPerMissing',
  'penaltyMax',
  'tieBreaks',
] as const;
export type ScoringField = (typeof SCORING_FIELDS)[number];
export type ScoringErrors = Partial<Record<ScoringField, string[]>>;

/** The scoring section as typed: points may use a decimal comma; an empty cap means no cap. */
export interface ScoringFormValues {
  bonusMax: string;
  bonusFullAt: string;
  penaltyPerLate: string;
  penaltyPerMissing: string;
  penaltyMax: string;
  tieBreaks: TieBreakCriterion[];
}

const decimalText = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);

/** "1,5" or "1.5" → 1.5; anything else → undefined. */
function parsePoints(text: string): number | undefined {
  const normalized = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : undefined;
}

function isCriterion(value: string): value is TieBreakCriterion {
  return (TIE_BREAK_CRITERIA as readonly string[]).includes(value);
}

/** The settings as form text (the domain's "off" values when the campaign has none). */
export function scoringValuesOf(
  scoring: CampaignSettingsFragment['scoring'] | ScoringSettings | null | undefined,
  locale: string,
): ScoringFormValues {
  const settings = scoring ?? DEFAULT_SCORING_SETTINGS;
  return {
    bonusMax: decimalText(settings.bonusMax, locale),
    bonusFullAt: decimalText(settings.bonusFullAt, locale),
    penaltyPerLate: decimalText(settings.penaltyPerLate, locale),
    penaltyPerMissing: decimalText(settings.penaltyPerMissing, locale),
    penaltyMax:
      settings.penaltyMax === null || settings.penaltyMax === undefined ? '' : decimalText(settings.penaltyMax, locale),
    tieBreaks: settings.tieBreaks.filter(isCriterion),
  };
}

export const defaultScoringValues = (locale: string): ScoringFormValues =>
  scoringValuesOf(DEFAULT_SCORING_SETTINGS, locale);

/**
 * The form as settings, with the fields whose text is not a number. An empty point field reads as 0 (off); an empty
 * cap as no cap; an empty F as the domain's 1,5.
 */
export function readScoringForm(
  values: ScoringFormValues,
  badNumber: string,
): { settings: ScoringSettings; errors: ScoringErrors } {
  const errors: ScoringErrors = {};
  const read = (field: Exclude<ScoringField, 'tieBreaks' | 'penaltyMax'>, empty: number) => {
    const text = values[field];
    if (text.trim() === '') return empty;
    const value = parsePoints(text);
    if (value === undefined) errors[field] = [badNumber];
    return value ?? empty;
  };
  const bonusMax = read('bonusMax', 0);
  const bonusFullAt = read('bonusFullAt', DEFAULT_SCORING_SETTINGS.bonusFullAt);
  const penaltyPerLate = read('penaltyPerLate', 0);
  const penaltyPerMissing = read('penaltyPerMissing', 0);
  let penaltyMax: number | null = null;
  if (values.penaltyMax.trim() !== '') {
    const value = parsePoints(values.penaltyMax);
    if (value === undefined) errors.penaltyMax = [badNumber];
    penaltyMax = value ?? null;
  }
  return {
    settings: { bonusMax, bonusFullAt, penaltyPerLate, penaltyPerMissing, penaltyMax, tieBreaks: values.tieBreaks },
    errors,
  };
}

/**
 * The domain's check of the settings (validateScoringSettings), each problem on its field: the same rule the API
 * applies, so the form says it before asking.
 */
export function checkScoring(
  settings: ScoringSettings,
): Array<{ code: string; scoringField: ScoringField; field: string[]; message: string }> {
  return validateScoringSettings(settings).map((error) => ({
    code: error.code,
    scoringField: scoringFieldOf(error.field ?? []) ?? 'tieBreaks',
    field: error.field ?? [],
    message: error.message[requestLanguage()],
  }));
}

/** The scoring field a path names: ["input", "scoring", "penaltyMax"] → penaltyMax; null when it names none. */
export function scoringFieldOf(path: ReadonlyArray<string>): ScoringField | null {
  const at = path.indexOf('scoring');
  if (at < 0) return null;
  const name = path[at + 1];
  return (SCORING_FIELDS as ReadonlyArray<string>).includes(name) ? (name as ScoringField) : null;
}

/** The settings as API input: the whole section (it replaces the campaign's), the cap left out when there is none. */
export function scoringInputOf(settings: ScoringSettings): ScoringSettingsInput {
  const input: ScoringSettingsInput = {
    bonusMax: settings.bonusMax,
    bonusFullAt: settings.bonusFullAt,
    penaltyPerLate: settings.penaltyPerLate,
    penaltyPerMissing: settings.penaltyPerMissing,
    tieBreaks: [...settings.tieBreaks],
  };
  if (settings.penaltyMax !== null && settings.penaltyMax !== undefined) input.penaltyMax = settings.penaltyMax;
  return input;
}

const comparable = (settings: ScoringSettings | CampaignSettingsFragment['scoring'] | null | undefined) => {
  const s = settings ?? DEFAULT_SCORING_SETTINGS;
  return JSON.stringify([
    s.bonusMax,
    s.bonusFullAt,
    s.penaltyPerLate,
    s.penaltyPerMissing,
    s.penaltyMax ?? null,
    [...s.tieBreaks],
  ]);
};

/** Whether the settings differ from what the campaign has (or, for a new campaign, from the "off" defaults). */
export function scoringChanged(
  settings: ScoringSettings,
  current: CampaignSettingsFragment['scoring'] | null | undefined,
): boolean {
  return comparable(settings) !== comparable(current);
}

/** The tie-break chain with one criterion moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moveTieBreak(chain: readonly TieBreakCriterion[], index: number, by: -1 | 1): TieBreakCriterion[] {
  const to = index + by;
  if (index < 0 || index >= chain.length || to < 0 || to >= chain.length) return [...chain];
  const next = [...chain];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** The criteria not yet in the chain, in the domain's order. */
export function unusedTieBreaks(chain: readonly TieBreakCriterion[]): TieBreakCriterion[] {
  return TIE_BREAK_CRITERIA.filter((criterion) => !chain.includes(criterion));
}
