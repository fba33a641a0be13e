import { domainError, fail, ok, type Result } from '../result';
import { msg } from '../message';
import type { Period } from './build-periods';

/** At most this many reminders per period. */
export const MAX_REMINDERS = 6;
/** A reminder is at most a week before or after its due instant. */
export const MAX_REMINDER_OFFSET_MINUTES = 7 * 24 * 60;

/**
 * When to remind, as minutes around each period's due instant: negative before it (to every unit not yet
 * reported), positive after it (to those still missing). Answers them sorted, each once; 0 is refused (at the due
 * instant itself a reminder can no longer help, and "late" starts one millisecond after).
 */
export function validateReminderOffsets(offsets: readonly number[]): Result<number[]> {
  const field = ['offsetsMinutes'];
  if (offsets.length > MAX_REMINDERS) {
    return fail(
      domainError(
        'INVALID_REMINDER',
        msg(`At most ${MAX_REMINDERS} reminders per period.`, `Mỗi kỳ có tối đa ${MAX_REMINDERS} lần nhắc.`),
        field,
      ),
    );
  }
  for (const [i, offset] of offsets.entries()) {
    if (!Number.isInteger(offset) || offset === 0 || Math.abs(offset) > MAX_REMINDER_OFFSET_MINUTES) {
      return fail(
        domainError(
          'INVALID_REMINDER',
          msg(
            `A reminder is a whole number of minutes before (negative) or after (positive) the due time, ` +
              `not 0, at most ${MAX_REMINDER_OFFSET_MINUTES} either way.`,
            `Lần nhắc là số phút nguyên trước (số âm) hoặc sau (số dương) hạn nộp, khác 0, ` +
              `tối đa ${MAX_REMINDER_OFFSET_MINUTES} phút mỗi phía.`,
          ),
          [...field, String(i)],
        ),
      );
    }
  }
  return ok([...new Set(offsets)].sort((a, b) => a - b));
}

export interface ReminderInstant {
  periodIndex: number;
  offsetMinutes: number;
  sendAt: Date;
}

/** Every reminder whose instant falls in (from, to], in time order. */
export function remindersBetween(
  periods: readonly Pick<Period, 'index' | 'dueAt'>[],
  offsetsMinutes: readonly number[],
  from: Date,
  to: Date,
): ReminderInstant[] {
  const due: ReminderInstant[] = [];
  for (const period of periods) {
    for (const offsetMinutes of offsetsMinutes) {
      const sendAt = new Date(period.dueAt.getTime() + offsetMinutes * 60_000);
      if (sendAt > from && sendAt <= to) due.push({ periodIndex: period.index, offsetMinutes, sendAt });
    }
  }
  return due.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.periodIndex - b.periodIndex);
}

export interface UnitToRemind {
  unitId: string;
  parentId: string | null;
  /** Its parent unit's reporters get a copy (the campaign's setting, e.g. for communes). */
  copyParent: boolean;
}

/**
 * Who is reminded of what: each unit not yet reported goes to its own reporters and, when `copyParent`, to its
 * parent unit's reporters too. Answers, per person, the units their reminder lists (in the order given); a unit
 * nobody reports for reaches nobody.
 */
export function reminderRecipients(
  missing: readonly UnitToRemind[],
  reportersOf: (unitId: string) => readonly string[],
): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  const add = (person: string, unitId: string) => {
    const units = byPerson.get(person) ?? [];
    if (!units.includes(unitId)) units.push(unitId);
    byPerson.set(person, units);
  };
  for (const unit of missing) {
    for (const person of reportersOf(unit.unitId)) add(person, unit.unitId);
    if (unit.copyParent && unit.parentId) for (const person of reportersOf(unit.parentId)) add(person, unit.unitId);
  }
  return byPerson;
}
