import { DomainError, Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/** One class of a legend: units scoring at least `minScore` (0–100) and below the next class up. */
export interface LegendEntry {
  code: string;
  label: string;
  minScore: number;
}

/** A campaign's classes; any order, one of them starting at 0 so every score gets a class. */
export type Legend = readonly LegendEntry[];

/** Xuất sắc ≥ 90, Tốt ≥ 75, Trung bình ≥ 50, Yếu < 50 (docs/domain.md §4). */
export const DEFAULT_LEGEND: Legend = [
  { code: 'EXCELLENT', label: 'Xuất sắc', minScore: 90 },
  { code: 'GOOD', label: 'Tốt', minScore: 75 },
  { code: 'AVERAGE', label: 'Trung bình', minScore: 50 },
  { code: 'WEAK', label: 'Yếu', minScore: 0 },
];

/** Checks a legend: named classes with distinct codes and thresholds, thresholds 0–100, and one starting at 0. */
export function validateLegend(legend: Legend, field: string[] = ['legend']): Result<Legend> {
  const errors: DomainError[] = [];
  if (legend.length === 0) {
    return fail(
      domainError(
        'INVALID_LEGEND',
        msg('The legend needs at least one class.', 'Bảng xếp loại cần ít nhất một loại.'),
        field,
      ),
    );
  }
  const codes = new Set<string>();
  const thresholds = new Set<number>();
  legend.forEach((entry, i) => {
    const path = [...field, String(i)];
    if (
      typeof entry.code !== 'string' ||
      entry.code.trim() === '' ||
      typeof entry.label !== 'string' ||
      entry.label.trim() === ''
    ) {
      errors.push(
        domainError(
          'INVALID_LEGEND',
          msg(
            `Class ${i + 1} of the legend needs a code and a label.`,
            `Loại thứ ${i + 1} của bảng xếp loại cần có mã và tên.`,
          ),
          path,
        ),
      );
    } else if (codes.has(entry.code)) {
      errors.push(
        domainError(
          'INVALID_LEGEND',
          msg(
            `The class code ${entry.code} appears more than once in the legend.`,
            `Mã loại ${entry.code} xuất hiện nhiều lần trong bảng xếp loại.`,
          ),
          path,
        ),
      );
    }
    codes.add(entry.code);
    if (
      typeof entry.minScore !== 'number' ||
      !Number.isFinite(entry.minScore) ||
      entry.minScore < 0 ||
      entry.minScore > 100
    ) {
      errors.push(
        domainError(
          'INVALID_LEGEND',
          msg(
            `The lowest score ${String(entry.minScore)} of class ${entry.code} is not from 0 to 100.`,
            `Điểm tối thiểu ${String(entry.minScore)} của loại ${entry.code} không nằm trong khoảng từ 0 đến 100.`,
          ),
          [...path, 'minScore'],
        ),
      );
    } else if (thresholds.has(entry.minScore)) {
      errors.push(
        domainError(
          'INVALID_LEGEND',
          msg(
            `Two classes of the legend start at the same score ${entry.minScore}.`,
            `Hai loại của bảng xếp loại có cùng điểm tối thiểu ${entry.minScore}.`,
          ),
          [...path, 'minScore'],
        ),
      );
    }
    thresholds.add(entry.minScore);
  });
  if (!thresholds.has(0)) {
    errors.push(
      domainError(
        'INVALID_LEGEND',
        msg(
          'One class of the legend must start at score 0, so that every score has a class.',
          'Phải có một loại bắt đầu từ 0 điểm để mọi mức điểm đều được xếp loại.',
        ),
        field,
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(legend);
}

/** The legend sorted by threshold, highest first, ready for `classOf`. */
export function sortLegend(legend: Legend): Legend {
  return [...legend].sort((a, b) => b.minScore - a.minScore);
}

/** The class of an unrounded score in a legend sorted highest first; null for no score. */
export function classOf(sortedLegend: Legend, score: number | null): LegendEntry | null {
  if (score === null) return null;
  for (const entry of sortedLegend) {
    if (score >= entry.minScore) return entry;
  }
  return null;
}
