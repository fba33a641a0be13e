import { type Period } from '@thidua/domain';
import { CA_MAU_CAMPAIGN_TARGETS } from '@thidua/domain/fixtures';
import type { DemoUnit } from './ca-mau-units';
import { normalDraw, seededRandom } from './seeded-random';

/**
 * Eleven weeks of made-up but plausible Cà Mau reports, generated deterministically from a seed: the same seed
 * gives the same reports, byte for byte. Weekly volumes follow the 2022 yearly counts per level (docs/domain.md §1),
 * each unit starts near its level's 2022 rate and moves toward the campaign's target at its own pace (some
 * overshoot, some fall short), a few units never take an online payment, and some report late or not at all.
 */
export interface DemoReport {
  unitCode: string;
  period: number;
  submittedAt: Date;
  values: { indicatorCode: string; numerator: number; denominator: number }[];
  /** Set for the few reports corrected a day after they were sent: the figures first sent. */
  firstSent?: { submittedAt: Date; values: DemoReport['values'] };
}

export const DEMO_REPORTS_SEED = 2023;

/** 2022 dossiers received per level in the year (ONLINE_RESOLUTION denominators). */
const YEARLY_DOSSIERS: Record<string, number> = { province: 39219, district: 23487, commune: 19309 };
/** 2022 rates per level, as fractions: the starting point of the campaign. */
const RATES_2022: Record<string, Record<string, number>> = {
  province: { ONLINE_RESOLUTION: 0.6366, DIGITIZATION: 0.51, ONLINE_PAYMENT: 0.01 },
  district: { ONLINE_RESOLUTION: 0.3028, DIGITIZATION: 0.4, ONLINE_PAYMENT: 0.0097 },
  commune: { ONLINE_RESOLUTION: 0.5573, DIGITIZATION: 0.26, ONLINE_PAYMENT: 0 },
};
/** Of the dossiers received: share resolved (DIGITIZATION's denominator) and share with a fee (ONLINE_PAYMENT's). */
const RESOLVED_SHARE = 0.88;
const FEE_SHARE = 0.35;
/** Units that never take an online payment during the campaign (called out by name in the weekly report). */
const NO_ONLINE_PAYMENT = new Set(['96-BDT', '972', '32077', '32104', '32158', '32197', '32236']);
/** Units that miss the last period's deadline altogether. */
const MISSING_LAST_PERIOD = new Set(['32071', '32185', '32245']);
/** Hours before (−) or after (+) the due instant at which reports arrive; late ones after the 0. */
const ON_TIME_OFFSETS = [-50, -26, -6, -1];
const LATE_OFFSETS = [2, 19, 66];
const HOUR = 3_600_000;

interface UnitProfile {
  size: number;
  start: Record<string, number>;
  end: Record<string, number>;
  shape: number;
  lateness: number;
  absence: number;
}

export function generateDemoReports(
  units: readonly DemoUnit[],
  periods: readonly Period[],
  seed = DEMO_REPORTS_SEED,
): DemoReport[] {
  const random = seededRandom(seed);
  const ranked = units.filter((unit) => unit.levelKey in YEARLY_DOSSIERS);
  const profiles = new Map(ranked.map((unit) => [unit.code, profileOf(unit, random)]));
  const sizeTotals = new Map<string, number>();
  for (const unit of ranked)
    sizeTotals.set(unit.levelKey, (sizeTotals.get(unit.levelKey) ?? 0) + (profiles.get(unit.code) as UnitProfile).size);

  const reports: DemoReport[] = [];
  for (const period of periods) {
    const days = daysOf(period);
    const progress = periods.length > 1 ? (period.index - 1) / (periods.length - 1) : 1;
    for (const unit of ranked) {
      const profile = profiles.get(unit.code) as UnitProfile;
      const missing =
        (period.index === periods.length && MISSING_LAST_PERIOD.has(unit.code)) || random() < profile.absence;
      const late = random() < profile.lateness;
      const offsets = late ? LATE_OFFSETS : ON_TIME_OFFSETS;
      const offset = offsets[Math.floor(random() * offsets.length)];
      const share = profile.size / (sizeTotals.get(unit.levelKey) as number);
      const received = Math.max(
        0,
        Math.round(((YEARLY_DOSSIERS[unit.levelKey] * days) / 365) * share * (0.8 + 0.4 * random())),
      );
      const denominators: Record<string, number> = {
        ONLINE_RESOLUTION: received,
        DIGITIZATION: Math.round(received * RESOLVED_SHARE),
        ONLINE_PAYMENT: Math.round(received * FEE_SHARE),
      };
      const values = Object.entries(denominators).map(([indicatorCode, denominator]) => {
        const planned =
          profile.start[indicatorCode] +
          (profile.end[indicatorCode] - profile.start[indicatorCode]) * progress ** profile.shape;
        const rate = profile.end[indicatorCode] === 0 ? 0 : clamp(planned + (random() - 0.5) * 0.06, 0, 1);
        // Rounded at random, not to nearest, so that the many small communes are not all pushed up or down.
        return {
          indicatorCode,
          numerator: Math.min(denominator, Math.floor(rate * denominator + random())),
          denominator,
        };
      });
      if (missing) continue;
      const submittedAt = new Date(period.dueAt.getTime() + offset * HOUR);
      const report: DemoReport = { unitCode: unit.code, period: period.index, submittedAt, values };
      if (random() < 0.03 && values[0].numerator > 0) {
        report.firstSent = {
          submittedAt,
          values: values.map((value, i) => (i === 0 ? { ...value, numerator: value.numerator - 1 } : value)),
        };
        report.submittedAt = new Date(submittedAt.getTime() + 24 * HOUR);
      }
      reports.push(report);
    }
  }
  return reports;
}

function profileOf(unit: DemoUnit, random: () => number): UnitProfile {
  const start: Record<string, number> = {};
  const end: Record<string, number> = {};
  const targets = CA_MAU_CAMPAIGN_TARGETS.levelDefaults[unit.levelKey] ?? {};
  // One unit in ten takes the campaign to heart: it aims well above the targets and gets there early.
  const champion = random() < 0.1;
  for (const [code, baseline] of Object.entries(RATES_2022[unit.levelKey])) {
    start[code] = clamp(baseline + (random() - 0.5) * 0.1, 0, 0.97);
    // The others end at 70 % to 125 % of the target (some overshoot, some fall short), better than at the start.
    const aim = ((targets[code] ?? 50) / 100) * (champion ? 1.6 + 0.6 * random() : 0.7 + 0.55 * random());
    end[code] = clamp(Math.max(aim, start[code] + 0.02 + 0.08 * random()), 0, 0.99);
  }
  if (NO_ONLINE_PAYMENT.has(unit.code)) {
    start.ONLINE_PAYMENT = 0;
    end.ONLINE_PAYMENT = 0;
  }
  const sloppy = random() < 0.15;
  return {
    size: Math.exp(normalDraw(random) * 0.7),
    start,
    end,
    shape: champion ? 0.25 + 0.2 * random() : 0.6 + random(),
    lateness: sloppy ? 0.3 : 0.03,
    absence: sloppy ? 0.08 : 0.005,
  };
}

function daysOf(period: Period): number {
  return Math.round((Date.parse(period.endDate) - Date.parse(period.startDate)) / (24 * HOUR)) + 1;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
