import fc from 'fast-check';
import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods } from './build-periods';
import { reminderRecipients, remindersBetween, validateReminderOffsets } from './reminders';

const periods = buildPeriods(CA_MAU_SCHEDULE); // period 1 due 2023-03-03T09:00:00Z (Friday 16:00 in Cà Mau)

describe('reminders around the due instant', () => {
  it('24 h and 2 h before Friday 16:00, and 1 h after, in time order', () => {
    const found = remindersBetween(
      periods,
      [-1440, -120, 60],
      new Date('2023-03-02T00:00:00Z'),
      new Date('2023-03-03T12:00:00Z'),
    );
    expect(found).toEqual([
      { periodIndex: 1, offsetMinutes: -1440, sendAt: new Date('2023-03-02T09:00:00Z') },
      { periodIndex: 1, offsetMinutes: -120, sendAt: new Date('2023-03-03T07:00:00Z') },
      { periodIndex: 1, offsetMinutes: 60, sendAt: new Date('2023-03-03T10:00:00Z') },
    ]);
  });

  it('windows that tile time find each reminder exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.integer({ min: -10080, max: 10080 }).filter((m) => m !== 0),
          { maxLength: 6 },
        ),
        fc.array(fc.integer({ min: 1, max: 6 * 3600_000 }), { minLength: 1, maxLength: 60 }),
        (offsets, steps) => {
          const start = periods[0].dueAt.getTime() - 8 * 24 * 3600_000;
          let from = start;
          const seen: string[] = [];
          for (const step of steps) {
            const to = from + step;
            for (const r of remindersBetween(periods, offsets, new Date(from), new Date(to))) {
              seen.push(`${r.periodIndex}:${r.offsetMinutes}`);
            }
            from = to;
          }
          const whole = remindersBetween(periods, offsets, new Date(start), new Date(from));
          expect(seen.sort()).toEqual(whole.map((r) => `${r.periodIndex}:${r.offsetMinutes}`).sort());
          expect(new Set(seen).size).toBe(seen.length);
        },
      ),
    );
  });

  it('offsets: sorted and unique; 0, fractions, more than a week and more than six refused', () => {
    expect(validateReminderOffsets([60, -1440, -120, 60])).toEqual({ ok: true, value: [-1440, -120, 60] });
    for (const bad of [[0], [1.5], [10081], [-10081], [1, 2, 3, 4, 5, 6, 7]]) {
      expect(validateReminderOffsets(bad)).toMatchObject({ ok: false, errors: [{ code: 'INVALID_REMINDER' }] });
    }
  });
});

describe('who is reminded', () => {
  it("a commune goes to its reporters and, as a copy, to its district's", () => {
    const reporters: Record<string, string[]> = { xa1: ['an'], huyen: ['binh'], xa2: [] };
    const to = reminderRecipients(
      [
        { unitId: 'xa1', parentId: 'huyen', copyParent: true },
        { unitId: 'xa2', parentId: 'huyen', copyParent: true },
        { unitId: 'so', parentId: null, copyParent: false },
      ],
      (unit) => reporters[unit] ?? [],
    );
    expect(Object.fromEntries(to)).toEqual({ an: ['xa1'], binh: ['xa1', 'xa2'] });
  });

  it('lists only missing units, each to someone exactly when it or its copied parent has reporters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.integer({ min: 0, max: 20 }),
            parent: fc.option(fc.integer({ min: 0, max: 20 })),
            copy: fc.boolean(),
          }),
        ),
        fc.dictionary(fc.integer({ min: 0, max: 20 }).map(String), fc.array(fc.constantFrom('a', 'b', 'c', 'd'))),
        (units, reporters) => {
          const missing = units.map((u) => ({
            unitId: String(u.unit),
            parentId: u.parent === null ? null : String(u.parent),
            copyParent: u.copy,
          }));
          const of = (id: string) => reporters[id] ?? [];
          const to = reminderRecipients(missing, of);
          const listed = new Set([...to.values()].flat());
          for (const unit of missing) {
            const reachable = missing.some(
              (m) =>
                m.unitId === unit.unitId &&
                (of(m.unitId).length > 0 || (m.copyParent && m.parentId !== null && of(m.parentId).length > 0)),
            );
            expect(listed.has(unit.unitId)).toBe(reachable);
          }
          for (const units of to.values()) {
            expect(new Set(units).size).toBe(units.length);
            for (const id of units) expect(missing.some((m) => m.unitId === id)).toBe(true);
          }
        },
      ),
    );
  });
});
