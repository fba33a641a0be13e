import type { ReportFieldsFragment, ReportStatusBoardQuery } from '../generated/graphql';
import { INDICATORS } from './campaign-fixtures';
import { LEVELS } from './fixtures';

export const PERIOD_5 = { index: 5, startDate: '2023-03-25', endDate: '2023-03-31', dueAt: '2023-03-31T09:00:00.000Z' };

const value = (code: string, numerator: number, denominator: number) => ({
  __typename: 'ReportValue' as const,
  numerator,
  denominator,
  rate: denominator ? (numerator / denominator) * 100 : null,
  indicator: {
    __typename: 'Indicator' as const,
    id: INDICATORS.find((indicator) => indicator.code === code)?.id as string,
    code,
  },
});

/** Huyện Đầm Dơi's period 5 report, submitted late and revised once. */
export function damDoiReport(): ReportFieldsFragment {
  const pairs = (n: number[]) =>
    INDICATORS.map((indicator, i) => ({
      __typename: 'RevisionValue' as const,
      indicatorCode: indicator.code,
      numerator: n[i],
      denominator: 100,
    }));
  const user = {
    __typename: 'Person' as const,
    id: 'user-2',
    name: 'Cán bộ báo cáo Huyện Đầm Dơi',
    email: 'baocao@camau.demo',
  };
  const report = {
    __typename: 'Report' as const,
    id: 'r-1',
    submittedAt: '2023-04-03T02:00:00.000Z',
    lastSubmittedAt: '2023-04-04T03:30:00.000Z',
    revision: 2,
    timeliness: 'LATE' as const,
    period: { __typename: 'Period', index: 5 },
    unit: { __typename: 'Unit', id: 'u-970' },
    values: [value('ONLINE_RESOLUTION', 75, 100), value('DIGITIZATION', 60, 100), value('ONLINE_PAYMENT', 40, 100)],
    revisions: [
      {
        __typename: 'ReportRevision' as const,
        revision: 1,
        submittedAt: '2023-04-03T02:00:00.000Z',
        recordedAt: '2023-04-03T02:00:00.000Z',
        backfilled: false,
        source: 'FORM',
        submittedBy: user,
        previousValues: null,
        newValues: pairs([70, 60, 40]),
      },
      {
        __typename: 'ReportRevision' as const,
        revision: 2,
        submittedAt: '2023-04-04T03:30:00.000Z',
        recordedAt: '2023-04-04T03:30:00.000Z',
        backfilled: false,
        source: 'FORM',
        submittedBy: user,
        previousValues: pairs([70, 60, 40]),
        newValues: pairs([75, 60, 40]),
      },
    ],
  };
  return report;
}

type Board = NonNullable<ReportStatusBoardQuery['reportStatusBoard']>;
const unit = (id: string, code: string, name: string) => ({ __typename: 'Unit' as const, id, code, name });
export const DAM_DOI_UNIT = unit('u-970', '970', 'Huyện Đầm Dơi');
export const NAM_CAN_UNIT = unit('u-973', '973', 'Huyện Năm Căn');
export const TAN_TIEN_UNIT = unit('u-32248', '32248', 'Xã Tân Tiến');

/** Period 5's board: Đầm Dơi late, Năm Căn and Tân Tiến missing. */
export function statusBoard(rows: Board['rows'] | null = null): Board {
  const district = { ...LEVELS[1] };
  const commune = { ...LEVELS[2] };
  const all = [
    {
      __typename: 'ReportStatusRow',
      status: 'LATE' as const,
      submittedAt: '2023-04-03T02:00:00.000Z',
      revision: 2,
      unit: DAM_DOI_UNIT,
      level: district,
    },
    {
      __typename: 'ReportStatusRow',
      status: 'MISSING' as const,
      submittedAt: null,
      revision: null,
      unit: NAM_CAN_UNIT,
      level: district,
    },
    {
      __typename: 'ReportStatusRow',
      status: 'MISSING' as const,
      submittedAt: null,
      revision: null,
      unit: TAN_TIEN_UNIT,
      level: commune,
    },
  ];
  const board = {
    __typename: 'ReportStatusBoard',
    period: { __typename: 'Period', ...PERIOD_5 },
    rows: rows ?? all,
    levels: [
      { __typename: 'ReportStatusCount', onTime: 0, late: 1, missing: 1, notDue: 0, total: 2, level: district },
      { __typename: 'ReportStatusCount', onTime: 0, late: 0, missing: 1, notDue: 0, total: 1, level: commune },
    ],
    toRemind: [NAM_CAN_UNIT, TAN_TIEN_UNIT],
  };
  return board;
}
