import { TIE_BREAK_LABELS, type TieBreakCriterion } from '@thidua/domain';
import type { TFunction } from 'i18next';
import { formatNumber, type Lang } from '../../../foundation/i18n/format';

/** What a row needs to show its score and its parts (docs/domain.md §4a); every ranking row query has these. */
export interface ScoredRow {
  score?: number | null;
  baseScore?: number | null;
  bonusPoints?: number | null;
  penaltyPoints?: number | null;
}

/** Points with two decimals in the reader's format: 92.5 → "92,50". */
export function formatPoints(value: number, lang: Lang): string {
  return formatNumber(value, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Whether any row gets a bonus or loses points: then each score shows its parts. */
export function rowsHaveParts(rows: ReadonlyArray<ScoredRow>): boolean {
  return rows.some((row) => (row.bonusPoints ?? 0) !== 0 || (row.penaltyPoints ?? 0) !== 0);
}

/** The campaign gives a bonus or takes points off: its scores are more than the base score. */
export function scoringHasParts(
  scoring: { bonusMax: number; penaltyPerLate: number; penaltyPerMissing: number } | null | undefined,
): boolean {
  return Boolean(scoring && (scoring.bonusMax > 0 || scoring.penaltyPerLate > 0 || scoring.penaltyPerMissing > 0));
}

/** "Điểm cơ bản 92,50 + thưởng 3,20 − trừ 4,00 = 91,70"; null for a row without a score or its parts. */
export function scorePartsText(row: ScoredRow, t: TFunction, lang: Lang): string | null {
  if (row.score === null || row.score === undefined) return null;
  if (row.baseScore === null || row.baseScore === undefined) return null;
  return t('rankings.scoring.parts', {
    base: formatPoints(row.baseScore, lang),
    bonus: formatPoints(row.bonusPoints ?? 0, lang),
    penalty: formatPoints(row.penaltyPoints ?? 0, lang),
    score: formatPoints(row.score, lang),
  });
}

/** The domain's words for a tie-break criterion (TIE_BREAK_LABELS), in the reader's language. */
export function tieBreakLabel(criterion: TieBreakCriterion, lang: Lang): string {
  return TIE_BREAK_LABELS[criterion][lang];
}
