import { buildPeriods } from '@thidua/domain';
import { CA_MAU_SCHEDULE } from '@thidua/domain/fixtures';
import { CA_MAU_UNITS } from './ca-mau-units';
import { generateDemoReports } from './demo-reports';

const periods = buildPeriods(CA_MAU_SCHEDULE);
const levelOf = new Map(CA_MAU_UNITS.map((unit) => [unit.code, unit.levelKey]));

function levelRate(reports: ReturnType<typeof generateDemoReports>, level: string, code: string, asOf: number): number {
  let numerator = 0;
  let denominator = 0;
  for (const report of reports) {
    if (report.period > asOf || levelOf.get(report.unitCode) !== level) continue;
    const value = report.values.find((v) => v.indicatorCode === code);
    numerator += value?.numerator ?? 0;
    denominator += value?.denominator ?? 0;
  }
  return (100 * numerator) / denominator;
}

describe('the demo reports', () => {
  const reports = generateDemoReports(CA_MAU_UNITS, periods);

  it('are the same for the same seed and differ for another', () => {
    expect(generateDemoReports(CA_MAU_UNITS, periods)).toEqual(reports);
    expect(generateDemoReports(CA_MAU_UNITS, periods, 7)).not.toEqual(reports);
  });

  it('cover the 129 ranked units over 11 weeks, with some missing, some late and a few corrected', () => {
    expect(reports.some((report) => levelOf.get(report.unitCode) === 'committee')).toBe(false);
    const missing = 129 * 11 - reports.length;
    expect(missing).toBeGreaterThanOrEqual(3);
    expect(missing).toBeLessThan(60);
    const late = reports.filter((report) => report.submittedAt > periods[report.period - 1].dueAt);
    expect(late.length).toBeGreaterThan(20);
    expect(late.length).toBeLessThan(reports.length / 4);
    expect(reports.filter((report) => report.firstSent).length).toBeGreaterThan(0);
    expect(reports.filter((report) => report.period === 11).map((report) => report.unitCode)).not.toContain('32185');
  });

  it('start near the 2022 online-resolution rates of each level and move toward the targets', () => {
    for (const [level, rate2022] of [
      ['province', 63.66],
      ['district', 30.28],
      ['commune', 55.73],
    ] as const) {
      expect(Math.abs(levelRate(reports, level, 'ONLINE_RESOLUTION', 1) - rate2022)).toBeLessThan(10);
      expect(levelRate(reports, level, 'ONLINE_RESOLUTION', 11)).toBeGreaterThan(
        levelRate(reports, level, 'ONLINE_RESOLUTION', 1),
      );
    }
    expect(levelRate(reports, 'province', 'ONLINE_PAYMENT', 11)).toBeGreaterThan(
      levelRate(reports, 'province', 'ONLINE_PAYMENT', 1),
    );
  });

  it('keep counts whole, with numerators never above denominators, and a few units at 0 % online payment all along', () => {
    for (const report of reports) {
      for (const value of report.values) {
        expect(Number.isInteger(value.numerator) && value.numerator >= 0 && value.numerator <= value.denominator).toBe(
          true,
        );
      }
    }
    const paidOnline = new Set(
      reports.filter((report) => report.values[2].numerator > 0).map((report) => report.unitCode),
    );
    expect(['96-BDT', '972', '32077'].filter((code) => paidOnline.has(code))).toEqual([]);
  });
});
