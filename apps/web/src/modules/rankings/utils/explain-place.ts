import type { TieBreakCriterion } from '@thidua/domain';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../foundation/i18n/format';
import { formatPoints, tieBreakLabel } from './score-parts';

/** What the explanation reads of a ranking row (the ranking query's rows have it all). */
export interface ExplainedRow {
  rank?: number | null;
  score?: number | null;
  baseScore?: number | null;
  bonusPoints?: number | null;
  penaltyPoints?: number | null;
  tieBreak?: TieBreakCriterion | null;
  latestReportMissing?: boolean | null;
  unit: { id: string; name: string };
  reports: { late: number; missing: number };
}

export interface ExplainPlaceInput {
  /**
   * Rows in the server's order (by rank, ties broken by the chain, then the units without data) with the unit's: the
   * level's, or the rows above it that explain its place (the API's `rowsAbove`).
   */
  rows: ReadonlyArray<ExplainedRow>;
  unitId: string;
  levelName: string;
  asOfPeriod: number;
  /** The score is more than the base score (a bonus or penalties): say its parts. */
  withParts: boolean;
  /** The campaign's most bonus points; 0 = no bonus. */
  bonusMax: number;
}

/** Below this the scores are the same to two decimals. */
const SAME = 0.005;

/**
 * A unit's place in plain words (docs/domain.md §4, §4a): its points and their parts, the unit just above and what
 * separates them (the score difference, or the tie-break that placed it below), what it would take to move up (the
 * points missing; submitting every report on time when it loses points), and the bonus still to earn. Empty for a
 * unit without data.
 */
export function explainPlace(input: ExplainPlaceInput, t: TFunction, lang: Lang): string[] {
  const { rows, unitId } = input;
  const index = rows.findIndex((candidate) => candidate.unit.id === unitId);
  const row = rows[index];
  if (!row || row.rank === null || row.rank === undefined || row.score === null || row.score === undefined) return [];
  const points = (value: number) => formatPoints(value, lang);
  const sentences: string[] = [];

  if (input.withParts && row.baseScore !== null && row.baseScore !== undefined) {
    sentences.push(
      t('unitPage.explain.points', {
        score: points(row.score),
        base: points(row.baseScore),
        bonus: points(row.bonusPoints ?? 0),
        penalty: points(row.penaltyPoints ?? 0),
      }),
    );
  } else {
    sentences.push(t('unitPage.explain.pointsPlain', { score: points(row.score) }));
  }

  const previous = index > 0 ? rows[index - 1] : undefined;
  const rank = row.rank;
  const better = rows
    .slice(0, index)
    .reverse()
    .find((candidate) => candidate.rank !== null && candidate.rank !== undefined && candidate.rank < rank);
  const moveUp = (target: ExplainedRow): { sentence: string; gap: number } => {
    const gap = Math.max(0, (target.score ?? 0) - (row.score ?? 0));
    return {
      gap,
      sentence:
        gap < SAME
          ? t('unitPage.explain.moveUpStep', { name: target.unit.name, step: points(0.01) })
          : t('unitPage.explain.moveUp', { name: target.unit.name, gap: points(gap) }),
    };
  };
  let gapAbove: { name: string; gap: number } | null = null;

  if (!better) {
    sentences.push(
      previous && previous.rank === rank
        ? t('unitPage.explain.firstShared', { level: input.levelName, name: previous.unit.name })
        : t('unitPage.explain.first', { level: input.levelName }),
    );
  } else if (previous && previous.rank === rank) {
    sentences.push(t('unitPage.explain.tied', { rank, name: previous.unit.name }));
    const next = moveUp(better);
    sentences.push(next.sentence);
    gapAbove = { name: better.unit.name, gap: next.gap };
  } else if (previous && row.tieBreak) {
    sentences.push(
      t('unitPage.explain.belowTie', {
        name: previous.unit.name,
        rank: previous.rank ?? '',
        label: tieBreakLabel(row.tieBreak, lang),
      }),
    );
    sentences.push(t('unitPage.explain.moveUpStep', { name: previous.unit.name, step: points(0.01) }));
    gapAbove = { name: previous.unit.name, gap: 0 };
  } else if (previous) {
    const next = moveUp(previous);
    sentences.push(
      t('unitPage.explain.below', {
        name: previous.unit.name,
        rank: previous.rank ?? '',
        score: points(previous.score ?? 0),
        gap: points(next.gap),
      }),
    );
    sentences.push(next.sentence);
    gapAbove = { name: previous.unit.name, gap: next.gap };
  }

  const penalty = row.penaltyPoints ?? 0;
  if (penalty > 0) {
    sentences.push(
      t('unitPage.explain.penalty', {
        penalty: points(penalty),
        late: row.reports.late,
        missing: row.reports.missing,
      }),
    );
    if (gapAbove && penalty > gapAbove.gap)
      sentences.push(t('unitPage.explain.penaltyExceedsGap', { name: gapAbove.name }));
  }
  if (row.latestReportMissing) sentences.push(t('unitPage.explain.missing', { period: input.asOfPeriod }));
  const bonus = row.bonusPoints ?? 0;
  if (input.bonusMax > 0 && bonus < input.bonusMax) {
    sentences.push(t('unitPage.explain.bonusRoom', { bonus: points(bonus), max: points(input.bonusMax) }));
  }
  return sentences;
}
