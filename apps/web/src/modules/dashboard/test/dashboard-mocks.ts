import { LevelStandingsQuery } from '../graphql/queries/level-standings';
import { MissingReportsQuery } from '../graphql/queries/missing-reports';
import { SummaryTrendQuery } from '../graphql/queries/summary-trend';

export const NOW = new Date('2023-03-11T00:00:00Z');

/** The campaign's indicators and levels, as the spec's fixtures give them (ids, codes, keys, names). */
type Indicators = ReadonlyArray<{ id: string; code: string; name: string }>;
type Levels = ReadonlyArray<{ id: string; key: string; name: string }>;

/** The dashboard's queries answered for Cà Mau's indicators and levels (see each part below). */
export function dashboardMocks(INDICATORS: Indicators, LEVELS: Levels) {
  const indicator = (code: string) => {
    const found = INDICATORS.find((entry) => entry.code === code) ?? INDICATORS[0];
    return { __typename: 'Indicator' as const, id: found.id, code: found.code, name: found.name };
  };

  /** A level's figure of one indicator as the summary gives it. */
  function figure(code: string, rate: number | null, target: number | null) {
    return {
      __typename: 'IndicatorResult' as const,
      indicator: { ...indicator(code), numeratorLabel: 'Hồ sơ' },
      numerator: rate === null ? 0 : Math.round(rate * 10),
      denominator: rate === null ? 0 : 1000,
      rate,
      target,
      met: rate === null || target === null ? null : rate >= target,
      achievement: rate === null || target === null ? null : Math.min(rate / target, 1),
      shortfall: null,
      projectedRate: null,
      onTrack: null,
      weight: null,
    };
  }

  function levelSummary(
    levelIndex: number | null,
    unitCount: number,
    rates: [number | null, number | null, number | null],
  ) {
    const level = levelIndex === null ? null : LEVELS[levelIndex];
    return {
      __typename: 'LevelSummary' as const,
      unitCount,
      level: level && { __typename: 'Level' as const, id: level.id, key: level.key, name: level.name },
      indicators: INDICATORS.map((entry, i) => figure(entry.code, rates[i], level ? 70 : null)),
    };
  }

  /** Two periods: only the districts have units (3), at 60 % then 65 % against 70 %. */
  const summaryTrendMock = {
    request: { query: SummaryTrendQuery, variables: { campaignId: 'c-1', throughPeriod: 2, targetSetKey: 'campaign' } },
    result: {
      data: {
        summaryTrend: [60, 65].map((rate, i) => ({
          __typename: 'PeriodSummary' as const,
          asOfPeriod: i + 1,
          levels: [
            levelSummary(0, 0, [null, null, null]),
            levelSummary(1, 3, [rate, rate + 20, rate - 40]),
            levelSummary(2, 0, [null, null, null]),
            levelSummary(null, 3, [rate, rate + 20, rate - 40]),
          ],
        })),
      },
    },
  };

  const district = (id: string, name: string) => ({ __typename: 'Unit' as const, id, code: id, name });

  /** A ranking row: rates of the three indicators against 70 %. */
  function row(id: string, name: string, rank: number | null, score: number | null, rates: (number | null)[]) {
    return {
      __typename: 'RankingRow' as const,
      rank,
      previousRank: null,
      movement: null,
      score,
      latestReportMissing: false,
      class:
        score === null
          ? null
          : {
              __typename: 'LegendClass' as const,
              code: score >= 90 ? 'EXCELLENT' : 'AVERAGE',
              name: score >= 90 ? 'Xuất sắc' : 'Trung bình',
            },
      unit: district(id, name),
      indicators: INDICATORS.map((entry, i) => {
        const rate = rates[i] ?? null;
        return {
          __typename: 'IndicatorResult' as const,
          indicator: { __typename: 'Indicator' as const, id: entry.id, code: entry.code },
          rate,
          target: 70,
          met: rate === null ? null : rate >= 70,
          achievement: rate === null ? null : Math.min(rate / 70, 1),
        };
      }),
    };
  }

  function previousRow(id: string, rank: number, score: number, rates: number[]) {
    return {
      __typename: 'RankingRow' as const,
      rank,
      score,
      unit: { __typename: 'Unit' as const, id },
      indicators: INDICATORS.map((entry, i) => ({
        __typename: 'IndicatorResult' as const,
        indicator: { __typename: 'Indicator' as const, id: entry.id, code: entry.code },
        rate: rates[i],
      })),
    };
  }

  function standingsMock(levelKey: string, current: unknown[], previous: unknown[]) {
    return {
      request: {
        query: LevelStandingsQuery,
        variables: { campaignId: 'c-1', levelKey, asOfPeriod: 2, previousPeriod: 1, targetSetKey: 'campaign' },
      },
      result: {
        data: {
          current: { __typename: 'Ranking' as const, asOfPeriod: 2, cohortSize: current.length, rows: current },
          previous: { __typename: 'Ranking' as const, rows: previous },
        },
      },
    };
  }

  /**
   * Cái Nước climbed from 3rd to 1st; Năm Căn fell from 1st to 3rd and is 30 points short on online payment; Đầm Dơi
   * stayed 2nd.
   */
  const standingsMocks = [
    standingsMock('province', [], []),
    standingsMock(
      'district',
      [
        row('u-970', 'Huyện Cái Nước', 1, 95, [90, 95, 80]),
        row('u-969', 'Huyện Đầm Dơi', 2, 80, [72, 88, 60]),
        row('u-972', 'Huyện Năm Căn', 3, 60, [65, 75, 40]),
      ],
      [
        previousRow('u-972', 1, 70, [70, 80, 45]),
        previousRow('u-969', 2, 79, [71, 88, 60]),
        previousRow('u-970', 3, 50, [50, 60, 40]),
      ],
    ),
    standingsMock('commune', [], []),
  ];

  const parent = (id: string, name: string) => ({ __typename: 'Unit' as const, id, name });

  /** Period 2: three communes of two districts have not reported. */
  const missingReportsMock = {
    request: { query: MissingReportsQuery, variables: { campaignId: 'c-1', period: 2 } },
    result: {
      data: {
        reportStatusBoard: {
          __typename: 'ReportStatusBoard' as const,
          period: { __typename: 'Period' as const, index: 2, dueAt: '2023-03-10T09:00:00.000Z' },
          levels: [
            {
              __typename: 'ReportStatusCount' as const,
              level: { __typename: 'Level' as const, id: 'lv-3', key: 'commune' },
              total: 10,
              onTime: 6,
              late: 1,
              missing: 3,
              notDue: 0,
            },
          ],
          toRemind: [
            {
              __typename: 'Unit' as const,
              id: 'x-1',
              name: 'Xã Tạ An Khương',
              parent: parent('u-969', 'Huyện Đầm Dơi'),
            },
            { __typename: 'Unit' as const, id: 'x-2', name: 'Xã Hưng Mỹ', parent: parent('u-970', 'Huyện Cái Nước') },
            {
              __typename: 'Unit' as const,
              id: 'x-3',
              name: 'Thị trấn Đầm Dơi',
              parent: parent('u-969', 'Huyện Đầm Dơi'),
            },
          ],
        },
      },
    },
  };
  return [summaryTrendMock, missingReportsMock, ...standingsMocks];
}
