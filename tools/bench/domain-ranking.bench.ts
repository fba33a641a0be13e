/**
 * Ranking speed: 12.000 units × 3 indicators × 11 periods (the Cà Mau calendar), ranked as of the last period.
 * Run: node -r @swc-node/register tools/bench/domain-ranking.bench.ts [units] [runs]
 * Prints the median and spread of several timed runs after a warm-up; the aim is under 50 ms.
 */
import { performance } from 'node:perf_hooks';
import { CohortUnit, IndicatorSeries, ReportSubmission, buildPeriods, rankCohort } from '@thidua/domain';
import { CA_MAU_INDICATOR_CODES, CA_MAU_SCHEDULE } from '@thidua/domain/fixtures';

const unitCount = Number(process.argv[2] ?? 12000);
const runs = Number(process.argv[3] ?? 15);
const periods = buildPeriods(CA_MAU_SCHEDULE);

// A fixed-seed generator, so every run ranks the same data.
let seed = 20230301;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}

function makeUnits(): CohortUnit[] {
  const units: CohortUnit[] = [];
  for (let u = 0; u < unitCount; u++) {
    const counts: Record<string, IndicatorSeries> = {};
    for (const code of CA_MAU_INDICATOR_CODES) {
      const numerators: number[] = [];
      const denominators: number[] = [];
      for (let p = 0; p < periods.length; p++) {
        const denominator = Math.floor(random() * 400);
        denominators.push(denominator);
        numerators.push(Math.floor(denominator * random()));
      }
      counts[code] = { numerators, denominators };
    }
    const submissions: ReportSubmission[] = [];
    for (const period of periods) {
      if (random() < 0.05) continue; // some reports missing
      const lateBy = random() < 0.1 ? 3_600_000 : -3_600_000;
      submissions.push({ period: period.index, submittedAt: new Date(period.dueAt.getTime() + lateBy) });
    }
    units.push({
      unitId: `U${String(u).padStart(5, '0')}`,
      targets: { ONLINE_RESOLUTION: 60, DIGITIZATION: 62.5, ONLINE_PAYMENT: 30 },
      counts,
      submissions,
    });
  }
  return units;
}

const units = makeUnits();
const input = {
  periods,
  asOfPeriod: periods.length,
  now: new Date(periods[periods.length - 1].dueAt.getTime() + 1),
  indicators: CA_MAU_INDICATOR_CODES,
  units,
};

/**
 * Median wall time of timed runs after a warm-up (JIT), with the median CPU time of the process (all its threads,
 * GC helpers included), which other load on a shared machine disturbs less than wall time.
 */
function median(run: () => void): { median: number; min: number; max: number; cpu: number } {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const middle = Math.floor(runs / 2);
  return { median: times[middle], min: times[0], max: times[times.length - 1], cpu: cpu[middle] };
}

// The floor: only reading every count and submission once, as any ranking must (memory-bound on small machines).
let checksum = 0;
const floor = median(() => {
  for (const unit of units) {
    for (const code of CA_MAU_INDICATOR_CODES) {
      const { numerators, denominators } = unit.counts[code];
      for (let p = 0; p < numerators.length; p++) checksum += numerators[p] + denominators[p];
    }
    for (const submission of unit.submissions) checksum += submission.submittedAt.getTime() + submission.period;
  }
});

let cohortSize = 0;
const ranking = median(() => {
  const result = rankCohort(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  cohortSize = result.value.cohortSize;
});

const ms = (value: number): string => value.toFixed(1);
console.log(
  `rankCohort: ${unitCount} units × ${CA_MAU_INDICATOR_CODES.length} indicators × ${periods.length} periods, ${cohortSize} ranked — ` +
    `median ${ms(ranking.median)} ms over ${runs} runs (min ${ms(ranking.min)}, max ${ms(ranking.max)}; CPU median ${ms(ranking.cpu)} ms)`,
);
console.log(
  `reading the input alone: median ${ms(floor.median)} ms (min ${ms(floor.min)}, max ${ms(floor.max)}; CPU median ${ms(floor.cpu)} ms)` +
    (checksum === -1 ? '' : ''),
);
