import type { PublicScoreboard, PublicUnitPage } from '../utils/public-api';

export const CAMPAIGN = {
  name: 'Chiến dịch cao điểm 69 ngày đêm',
  startDate: '2023-02-20',
  endDate: '2023-04-30',
  status: 'ACTIVE' as const,
  timeZone: 'Asia/Ho_Chi_Minh',
  periodCount: 11,
  lastDuePeriod: 5,
};

const PERIODS = [
  { index: 1, start: '2023-02-20', end: '2023-02-26', dueAt: '2023-02-27T09:00:00.000Z' },
  { index: 2, start: '2023-02-27', end: '2023-03-05', dueAt: '2023-03-06T09:00:00.000Z' },
];

const LEGEND = [
  { code: 'GOOD', name: 'Tốt', minScore: 80 },
  { code: 'FAIR', name: 'Khá', minScore: 50 },
  { code: 'WEAK', name: 'Yếu', minScore: 0 },
];

/** Two levels, with rates, as of period 2. */
export function scoreboard(overrides: Partial<PublicScoreboard> = {}): PublicScoreboard {
  return {
    slug: 'chien-dich-69-ngay-dem-2023',
    campaign: CAMPAIGN,
    figures: 'WITH_RATES',
    periods: PERIODS,
    period: PERIODS[1],
    legend: LEGEND,
    indicators: [
      { code: 'ONLINE', name: 'Giải quyết trực tuyến' },
      { code: 'PAY', name: 'Thanh toán trực tuyến' },
    ],
    levels: [
      {
        key: 'district',
        name: 'Cấp huyện',
        cohortSize: 2,
        rows: [
          {
            rank: 1,
            previousRank: 3,
            movement: 2,
            unit: { id: 'u-1', name: 'Huyện Đầm Dơi' },
            score: 91.5,
            class: { code: 'GOOD', name: 'Tốt' },
            rates: [
              { code: 'ONLINE', rate: 82.25, target: 80, met: true },
              { code: 'PAY', rate: 12.5, target: 30, met: false },
            ],
          },
          {
            rank: 2,
            previousRank: 1,
            movement: -1,
            unit: { id: 'u-2', name: 'Huyện Ngọc Hiển' },
            score: 60,
            class: { code: 'FAIR', name: 'Khá' },
            rates: [
              { code: 'ONLINE', rate: 70, target: 80, met: false },
              { code: 'PAY', rate: null, target: 30, met: null },
            ],
          },
        ],
      },
      {
        key: 'commune',
        name: 'Cấp xã',
        cohortSize: 1,
        rows: [
          {
            rank: 1,
            previousRank: 1,
            movement: 0,
            unit: { id: 'u-3', name: 'Phường 9' },
            score: 75.125,
            class: { code: 'FAIR', name: 'Khá' },
            rates: [],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export function unitPage(overrides: Partial<PublicUnitPage> = {}): PublicUnitPage {
  return {
    slug: 'chien-dich-69-ngay-dem-2023',
    campaign: CAMPAIGN,
    figures: 'WITH_RATES',
    legend: LEGEND,
    indicators: [{ code: 'ONLINE', name: 'Giải quyết trực tuyến' }],
    unit: {
      id: 'u-1',
      name: 'Huyện Đầm Dơi',
      level: { key: 'district', name: 'Cấp huyện' },
      parentName: 'Tỉnh Cà Mau',
    },
    trend: [
      {
        period: PERIODS[0],
        rank: 3,
        cohortSize: 9,
        score: 55.5,
        class: { code: 'FAIR', name: 'Khá' },
        rates: [{ code: 'ONLINE', rate: 50, target: 80, met: false }],
      },
      {
        period: PERIODS[1],
        rank: 1,
        cohortSize: 9,
        score: 91.5,
        class: { code: 'GOOD', name: 'Tốt' },
        rates: [{ code: 'ONLINE', rate: 82.25, target: 80, met: true }],
      },
    ],
    ...overrides,
  };
}

/** A stand-in for `fetch`: `answer(url)` gives the status and body of each request. */
export function mockFetch(answer: (url: string) => { status: number; body: unknown }) {
  const fetchMock = jest.fn(async (input: RequestInfo | URL) => {
    const { status, body } = answer(String(input));
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: String(status),
      json: async () => body,
    } as Response;
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

export const NOT_FOUND = {
  status: 404,
  body: { errors: [{ message: 'No public scoreboard here', extensions: { code: 'NOT_FOUND' } }] },
};
