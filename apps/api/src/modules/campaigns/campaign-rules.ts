import {
  DEFAULT_LEGEND,
  DEFAULT_TIME_ZONE,
  DEFAULT_SCORING_SETTINGS,
  scoringApplies,
  sortLegend,
  validateLegend,
  validateSchedule,
  validateScoringSettings,
  type CampaignSchedule,
  type ScoringSettings,
} from '@thidua/domain';
import { fromDomainErrors, userError, type Problem } from '../../foundation/errors/problem';
import type { StoredLegendClass } from './campaign.entity';
import type { CampaignIndicatorInput, LegendClassInput } from './campaign.inputs';
import type { ScoringSettingsInput } from './scoring.type';
import { msg } from '../../foundation/i18n/message';

export const DEFAULT_DUE_WEEKDAY = 'FRIDAY';
export const DEFAULT_DUE_TIME = '16:00';
export const MAX_WEIGHT = 1000;
/**
 * At most this many indicators in a campaign. Each kept row of its figures carries six sums per indicator, packed, in
 * an index entry of one period's rows (migration KeptFiguresPacked), which PostgreSQL keeps below 2.704 bytes: 55
 * indicators would pass it, and every report of the campaign would then fail to be written.
 */
export const MAX_CAMPAIGN_INDICATORS = 50;

/** The default legend of docs/domain.md §4, in the API's words (name = the domain's label). */
export const DEFAULT_STORED_LEGEND: StoredLegendClass[] = DEFAULT_LEGEND.map(({ code, label, minScore }) => ({
  code,
  name: label,
  minScore,
}));

export function scheduleOf(fields: Partial<CampaignSchedule>): CampaignSchedule {
  return {
    startDate: fields.startDate ?? '',
    endDate: fields.endDate ?? '',
    timeZone: fields.timeZone ?? DEFAULT_TIME_ZONE,
    dueWeekday: fields.dueWeekday ?? DEFAULT_DUE_WEEKDAY,
    dueTime: fields.dueTime ?? DEFAULT_DUE_TIME,
  };
}

export function checkSchedule(schedule: CampaignSchedule): Problem[] {
  const checked = validateSchedule(schedule);
  return checked.ok ? [] : fromDomainErrors(checked.errors, ['input']);
}

/** The legend sorted high to low, or the reasons it is refused. */
export function checkLegend(legend: LegendClassInput[]): { legend: StoredLegendClass[]; errors: Problem[] } {
  const entries = legend.map(({ code, name, minScore }) => ({ code: code.trim(), label: name.trim(), minScore }));
  const checked = validateLegend(entries, ['legend']);
  if (!checked.ok) return { legend: [], errors: fromDomainErrors(checked.errors, ['input']) };
  return {
    legend: sortLegend(checked.value).map(({ code, label, minScore }) => ({ code, name: label, minScore })),
    errors: [],
  };
}

/** Weights above 0 (1 when absent) and no indicator twice; which codes exist is checked against the database. */
export function checkIndicatorList(indicators: CampaignIndicatorInput[]): Problem[] {
  const errors: Problem[] = [];
  const seen = new Set<string>();
  indicators.forEach((entry, i) => {
    const at = (field: string) => ['input', 'indicators', String(i), field];
    if (seen.has(entry.code))
      errors.push(
        userError(
          'DUPLICATE_INDICATOR',
          at('code'),
          msg(`The indicator ${entry.code} is listed more than once.`, `Chỉ số ${entry.code} được liệt kê nhiều lần.`),
        ),
      );
    seen.add(entry.code);
    const weight = entry.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
      errors.push(
        userError(
          'INVALID_WEIGHT',
          at('weight'),
          msg(
            `The weight of ${entry.code} must be above 0 and at most ${MAX_WEIGHT}.`,
            `Trọng số của ${entry.code} phải lớn hơn 0 và không quá ${MAX_WEIGHT}.`,
          ),
        ),
      );
    }
  });
  if (indicators.length > MAX_CAMPAIGN_INDICATORS)
    errors.push(
      userError(
        'TOO_MANY',
        ['input', 'indicators'],
        msg(
          `A campaign has at most ${MAX_CAMPAIGN_INDICATORS} indicators; this list has ${indicators.length}.`,
          `Một chiến dịch có tối đa ${MAX_CAMPAIGN_INDICATORS} chỉ số; danh sách này có ${indicators.length}.`,
        ),
      ),
    );
  return errors;
}

/**
 * The scoring settings to store: null when they change nothing (the campaign ranks as without any), else the whole
 * settings with every field left out at its "off" value; or the reasons they are refused.
 */
export function checkScoring(input: ScoringSettingsInput): { scoring: ScoringSettings | null; errors: Problem[] } {
  const settings: ScoringSettings = {
    bonusMax: input.bonusMax ?? DEFAULT_SCORING_SETTINGS.bonusMax,
    bonusFullAt: input.bonusFullAt ?? DEFAULT_SCORING_SETTINGS.bonusFullAt,
    penaltyPerLate: input.penaltyPerLate ?? DEFAULT_SCORING_SETTINGS.penaltyPerLate,
    penaltyPerMissing: input.penaltyPerMissing ?? DEFAULT_SCORING_SETTINGS.penaltyPerMissing,
    penaltyMax: input.penaltyMax ?? null,
    tieBreaks: input.tieBreaks ?? [],
  };
  const errors = validateScoringSettings(settings, ['scoring']);
  if (errors.length) return { scoring: null, errors: fromDomainErrors(errors, ['input']) };
  return { scoring: scoringApplies(settings) ? settings : null, errors: [] };
}

/** A campaign's settings as answered: the stored ones, or all off. */
export function scoringOf(stored: ScoringSettings | null): ScoringSettings & { penaltyMax: number | null } {
  const settings = stored ?? DEFAULT_SCORING_SETTINGS;
  return { ...settings, penaltyMax: settings.penaltyMax ?? null };
}
