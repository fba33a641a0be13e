import type { CampaignQuery } from '../generated/graphql';
import { LEVELS } from './fixtures';

export const INDICATORS = [
  {
    code: 'ONLINE_RESOLUTION',
    name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến',
    numeratorLabel: 'Hồ sơ giải quyết trực tuyến',
    denominatorLabel: 'Hồ sơ tiếp nhận',
  },
  {
    code: 'DIGITIZATION',
    name: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
    numeratorLabel: 'Hồ sơ số hóa',
    denominatorLabel: 'Hồ sơ đã giải quyết',
  },
  {
    code: 'ONLINE_PAYMENT',
    name: 'Tỷ lệ thanh toán trực tuyến',
    numeratorLabel: 'Hồ sơ thanh toán trực tuyến',
    denominatorLabel: 'Hồ sơ có nghĩa vụ tài chính',
  },
].map((indicator, i) => ({
  __typename: 'Indicator' as const,
  id: `ind-${i + 1}`,
  description: '',
  version: 1,
  ...indicator,
}));

type Campaign = NonNullable<CampaignQuery['campaign']>;

const target = (id: string, value: number, code: string, levelKey: string | null, unitId: string | null = null) => ({
  __typename: 'Target' as const,
  id,
  value,
  indicator: { __typename: 'Indicator' as const, id: INDICATORS.find((i) => i.code === code)?.id as string, code },
  level: levelKey
    ? { __typename: 'Level' as const, id: LEVELS.find((l) => l.key === levelKey)?.id as string, key: levelKey }
    : null,
  unit: unitId ? { __typename: 'Unit' as const, id: unitId } : null,
});

/** Cà Mau 2023 with the campaign set's province defaults and one district override. */
export function caMauCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    __typename: 'Campaign',
    id: 'c-1',
    version: 4,
    name: 'Chiến dịch cao điểm 69 ngày đêm',
    startDate: '2023-03-01',
    endDate: '2023-05-09',
    timeZone: 'Asia/Ho_Chi_Minh',
    dueWeekday: 'FRIDAY',
    dueTime: '16:00',
    status: 'DRAFT',
    legend: [
      { __typename: 'LegendClass', code: 'EXCELLENT', name: 'Xuất sắc', minScore: 90 },
      { __typename: 'LegendClass', code: 'GOOD', name: 'Tốt', minScore: 75 },
      { __typename: 'LegendClass', code: 'AVERAGE', name: 'Trung bình', minScore: 50 },
      { __typename: 'LegendClass', code: 'WEAK', name: 'Yếu', minScore: 0 },
    ],
    indicators: INDICATORS.map((indicator) => ({ __typename: 'CampaignIndicator', weight: 1, indicator })),
    levels: LEVELS,
    scoring: {
      __typename: 'ScoringSettings',
      bonusMax: 0,
      bonusFullAt: 1.5,
      penaltyPerLate: 0,
      penaltyPerMissing: 0,
      penaltyMax: null,
      tieBreaks: [],
    },
    periods: [
      {
        __typename: 'Period',
        index: 1,
        startDate: '2023-03-01',
        endDate: '2023-03-03',
        dueAt: '2023-03-03T09:00:00.000Z',
      },
      {
        __typename: 'Period',
        index: 11,
        startDate: '2023-05-06',
        endDate: '2023-05-09',
        dueAt: '2023-05-12T09:00:00.000Z',
      },
    ],
    targetSets: [
      {
        __typename: 'TargetSet',
        id: 'ts-1',
        key: 'campaign',
        name: 'Chỉ tiêu Chiến dịch',
        primary: true,
        version: 7,
        targets: [
          target('t-1', 80, 'ONLINE_RESOLUTION', 'province'),
          target('t-2', 70, 'ONLINE_RESOLUTION', 'district'),
          target('t-3', 75, 'ONLINE_RESOLUTION', null, 'u-970'),
        ],
      },
    ],
    ...overrides,
  } as Campaign;
}
