import { DomainError, domainError } from '../result';
import { msg } from '../message';

/** The criteria a campaign can break equal rounded scores with, each compared exactly. */
export const TIE_BREAK_CRITERIA = ['UNCAPPED_ACHIEVEMENT', 'ON_TIME_SHARE', 'FEWER_MISSING', 'VOLUME'] as const;

/**
 * UNCAPPED_ACHIEVEMENT: Σ wᵢ·(r ÷ t) ÷ Σ wᵢ over the scored indicators with t > 0, higher first (1 without any);
 * ON_TIME_SHARE: reports on time ÷ periods due, higher first (1 with nothing due); FEWER_MISSING: missing reports,
 * fewer first; VOLUME: Σ D over the unit's indicators, higher first (more dossiers handled).
 */
export type TieBreakCriterion = (typeof TIE_BREAK_CRITERIA)[number];

/** Each tie-break in words, for tables, exports and explanations ("xếp trên nhờ …"). */
export const TIE_BREAK_LABELS: Readonly<Record<TieBreakCriterion, { vi: string; en: string }>> = {
  UNCAPPED_ACHIEVEMENT: { vi: 'tỷ lệ vượt chỉ tiêu', en: 'exceeding the targets' },
  ON_TIME_SHARE: { vi: 'tỷ lệ báo cáo đúng hạn', en: 'the share of reports on time' },
  FEWER_MISSING: { vi: 'ít báo cáo thiếu hơn', en: 'fewer missing reports' },
  VOLUME: { vi: 'số hồ sơ xử lý', en: 'dossiers handled' },
};

/** A campaign's scoring beyond the capped score: bonus for exceeding targets, penalties for reports, tie-breaks. */
export interface ScoringSettings {
  /** B: the most bonus points, earned in full when every scored indicator reaches F × its target; 0 = no bonus. */
  bonusMax: number;
  /** F, above 1: the ratio r ÷ t at which an indicator earns its full share of the bonus. */
  bonusFullAt: number;
  /** Points taken off per late report over periods 1..p; 0 = none. */
  penaltyPerLate: number;
  /** Points taken off per missing report over periods 1..p; 0 = none. */
  penaltyPerMissing: number;
  /** The most penalty points in all; absent or null = no cap. */
  penaltyMax?: number | null;
  /** Applied in order to units with the same rounded final score; empty = such units share a rank. */
  tieBreaks: readonly TieBreakCriterion[];
}

/** Everything off: a campaign with these settings (or none) ranks as before they existed. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  bonusMax: 0,
  bonusFullAt: 1.5,
  penaltyPerLate: 0,
  penaltyPerMissing: 0,
  penaltyMax: null,
  tieBreaks: [],
};

/**
 * Whether the settings change anything: a bonus, a penalty or a tie-break. Without, units are ranked on the
 * unrounded score exactly as before; with, on the rounded final score and the chain.
 */
export function scoringApplies(settings: ScoringSettings | undefined): settings is ScoringSettings {
  return (
    settings !== undefined &&
    (settings.bonusMax > 0 ||
      settings.penaltyPerLate > 0 ||
      settings.penaltyPerMissing > 0 ||
      settings.tieBreaks.length > 0)
  );
}

/** The most points a bonus or a penalty setting can be. */
export const MAX_SCORING_POINTS = 1000;

/** Checks scoring settings: points from 0 to 1.000, F above 1, known tie-breaks each at most once. */
export function validateScoringSettings(settings: ScoringSettings, field: string[] = ['scoring']): DomainError[] {
  const errors: DomainError[] = [];
  const points = (name: 'bonusMax' | 'penaltyPerLate' | 'penaltyPerMissing' | 'penaltyMax', value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_SCORING_POINTS) {
      const code = name === 'bonusMax' ? 'INVALID_BONUS' : 'INVALID_PENALTY';
      const message = msg(
        `${name} ${String(value)} is not a number of points from 0 to ${MAX_SCORING_POINTS}.`,
        `${name} ${String(value)} không phải là số điểm từ 0 đến ${MAX_SCORING_POINTS}.`,
      );
      errors.push(domainError(code, message, [...field, name]));
    }
  };
  points('bonusMax', settings.bonusMax);
  const fullAt: unknown = settings.bonusFullAt;
  if (typeof fullAt !== 'number' || !Number.isFinite(fullAt) || fullAt <= 1) {
    errors.push(
      domainError(
        'INVALID_BONUS',
        msg(
          `bonusFullAt ${String(fullAt)} is not a ratio above 1 (the full bonus is earned at F times the target).`,
          `bonusFullAt ${String(fullAt)} không phải là hệ số lớn hơn 1 (điểm thưởng tối đa đạt được khi đạt F lần chỉ tiêu).`,
        ),
        [...field, 'bonusFullAt'],
      ),
    );
  }
  points('penaltyPerLate', settings.penaltyPerLate);
  points('penaltyPerMissing', settings.penaltyPerMissing);
  if (settings.penaltyMax !== undefined && settings.penaltyMax !== null) points('penaltyMax', settings.penaltyMax);
  const tieBreaks: unknown = settings.tieBreaks;
  if (!Array.isArray(tieBreaks)) {
    errors.push(
      domainError(
        'INVALID_TIE_BREAK',
        msg('The tie-breaks are not a list.', 'Các tiêu chí phụ không phải là một danh sách.'),
        [...field, 'tieBreaks'],
      ),
    );
    return errors;
  }
  const seen = new Set<unknown>();
  tieBreaks.forEach((criterion: unknown, i) => {
    const path = [...field, 'tieBreaks', String(i)];
    if (!(TIE_BREAK_CRITERIA as readonly unknown[]).includes(criterion)) {
      errors.push(
        domainError(
          'INVALID_TIE_BREAK',
          msg(`${String(criterion)} is not a tie-break criterion.`, `${String(criterion)} không phải là tiêu chí phụ.`),
          path,
        ),
      );
    } else if (seen.has(criterion)) {
      errors.push(
        domainError(
          'INVALID_TIE_BREAK',
          msg(
            `The tie-break ${String(criterion)} appears more than once.`,
            `Tiêu chí phụ ${String(criterion)} xuất hiện nhiều lần.`,
          ),
          path,
        ),
      );
    }
    seen.add(criterion);
  });
  return errors;
}
