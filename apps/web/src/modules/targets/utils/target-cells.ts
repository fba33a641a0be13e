import type { TargetInput, TargetSetFieldsFragment } from '../../../generated/graphql';
import type { UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import { targetValueOf } from './parse-target';

/** One cell of the grid: a level default or a unit override of one indicator. */
export type CellKey = string;
export type CellScope = { levelKey: string; unitId?: undefined } | { unitId: string; levelKey?: undefined };

export const levelCellKey = (levelKey: string, indicatorCode: string): CellKey => `level|${levelKey}|${indicatorCode}`;
export const unitCellKey = (unitId: string, indicatorCode: string): CellKey => `unit|${unitId}|${indicatorCode}`;

export function parseCellKey(key: CellKey): { scope: CellScope; indicatorCode: string } {
  const [kind, id, indicatorCode] = key.split('|');
  return { scope: kind === 'level' ? { levelKey: id } : { unitId: id }, indicatorCode };
}

/** What the user typed, by cell, not yet saved. */
export type Draft = Readonly<Record<CellKey, string>>;

/** The saved targets of a set, by cell. */
export function savedTargetsOf(set: TargetSetFieldsFragment | null | undefined): Map<CellKey, number> {
  const saved = new Map<CellKey, number>();
  for (const target of set?.targets ?? []) {
    if (target.level) saved.set(levelCellKey(target.level.key, target.indicator.code), target.value);
    else if (target.unit) saved.set(unitCellKey(target.unit.id, target.indicator.code), target.value);
  }
  return saved;
}

export interface DirtyCell {
  key: CellKey;
  /** null clears the target; undefined: the text is not a target and cannot be saved. */
  value: number | null | undefined;
}

/** The cells whose draft differs from what is saved (text that cannot be saved counts as a change). */
export function dirtyCells(draft: Draft, saved: ReadonlyMap<CellKey, number>): DirtyCell[] {
  const dirty: DirtyCell[] = [];
  for (const [key, raw] of Object.entries(draft)) {
    const value = targetValueOf(raw);
    if (value === undefined || value !== (saved.get(key) ?? null)) dirty.push({ key, value });
  }
  return dirty;
}

/** The setTargets list for the changed cells, and which cell each entry is (to put errors back on it). */
export function targetInputsOf(dirty: ReadonlyArray<DirtyCell>): { targets: TargetInput[]; keys: CellKey[] } {
  const targets: TargetInput[] = [];
  const keys: CellKey[] = [];
  for (const cell of dirty) {
    if (cell.value === undefined) continue;
    const { scope, indicatorCode } = parseCellKey(cell.key);
    targets.push(
      scope.levelKey !== undefined
        ? { indicatorCode, levelKey: scope.levelKey, value: cell.value }
        : { indicatorCode, unitId: scope.unitId, value: cell.value },
    );
    keys.push(cell.key);
  }
  return { targets, keys };
}

/**
 * setTargets names a bad entry as ["input", "targets", "<index>", "<field>"]; the index is the position in the list
 * sent, which `keys` maps back to the cell. Errors about the request as a whole stay general.
 */
export function cellErrorsOf(
  errors: ReadonlyArray<UserErrorLike>,
  keys: ReadonlyArray<CellKey>,
  describe: (error: UserErrorLike) => string = (error) => error.message,
): { byCell: Record<CellKey, string[]>; general: string[] } {
  const byCell: Record<CellKey, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const at = path.indexOf('targets');
    const key = at >= 0 ? keys[Number(path[at + 1])] : undefined;
    if (key) (byCell[key] ??= []).push(describe(error));
    else general.push(describe(error));
  }
  return { byCell, general };
}

/** A saved percentage as the cell shows it: 62.5 → "62,5" in Vietnamese. */
export function formatTarget(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
