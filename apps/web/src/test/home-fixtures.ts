import { GraphQLError } from 'graphql';
import { HomeStandingsDocument } from '../generated/graphql';
import { CA_MAU_2023, currentCampaignListMock, type CampaignListRow } from './campaign-list-mocks';
import { LEVELS } from './fixtures';

/** The home pages' specs: Cà Mau 2023 (ACTIVE, 1/3–9/5/2023) as each home's requests answer it. */
export const CAMPAIGN_ID = 'c-1';

/** A campaign of the list; `status` and dates as the API gives them. */
export const campaignRow = (
  id: string,
  name: string,
  status: CampaignListRow['status'],
  startDate: string,
  endDate: string,
): CampaignListRow => ({ id, name, status, startDate, endDate });

/** The campaign list every home asks for first (useCurrentCampaign), Cà Mau 2023 unless told. */
export function campaignsMock(rows: readonly CampaignListRow[] = [CA_MAU_2023]) {
  return currentCampaignListMock(rows);
}

/** Period 11 of Cà Mau 2023: 6/5–9/5, due Friday 12/5 16:00 (09:00 UTC). */
export const PERIOD_11 = {
  __typename: 'Period' as const,
  index: 11,
  startDate: '2023-05-06',
  endDate: '2023-05-09',
  dueAt: '2023-05-12T09:00:00.000Z',
};

/** Wednesday 10/5/2023 13:00 in Cà Mau: 2 days 3 hours before period 11 is due. */
export const BEFORE_DUE = () => new Date('2023-05-10T06:00:00Z');
/** The demo seen in 2026: every period long past. */
export const LONG_AFTER = () => new Date('2026-12-03T03:00:00Z');

export const DISTRICT = LEVELS[1];
export const COMMUNE = LEVELS[2];

export const level = (entry: (typeof LEVELS)[number]) => ({
  __typename: 'Level' as const,
  id: entry.id,
  key: entry.key,
  name: entry.name,
});

export const unit = (id: string, name: string, parent: { id: string; name: string } | null = null) => ({
  __typename: 'Unit' as const,
  id,
  name,
  parent: parent ? { __typename: 'Unit' as const, ...parent } : null,
});

/** A ranking row as the top and bottom lists give it. */
export const standingRow = (rank: number, id: string, name: string, score: number) => ({
  __typename: 'RankingRow' as const,
  rank,
  score,
  class: { __typename: 'LegendClass' as const, code: 'GOOD', name: 'Tốt' },
  unit: { __typename: 'Unit' as const, id, name },
});

/** A weekly report's level with `count` ranked units named "<prefix> n", the top five and the bottom five. */
export function standingLevel(entry: (typeof LEVELS)[number], prefix: string, count: number) {
  const rows = Array.from({ length: count }, (_, i) =>
    standingRow(i + 1, `${entry.key}-${i + 1}`, `${prefix} ${i + 1}`, 95 - i * 3),
  );
  const top = rows.slice(0, 5);
  return {
    __typename: 'WeeklyReportLevel' as const,
    cohortSize: count,
    level: level(entry),
    top,
    bottom: rows.slice(5).slice(-5),
  };
}

export const review = (
  id: string,
  name: string,
  status: 'DRAFT' | 'FINALIZED',
  decisions: string[],
  asOfPeriod = 11,
) => ({
  __typename: 'Review' as const,
  id,
  name,
  asOfPeriod,
  status,
  createdAt: '2023-05-15T02:00:00.000Z',
  proposals: decisions.map((decision, i) => ({ __typename: 'Proposal' as const, id: `${id}-p${i}`, decision })),
});

/** A GraphQL refusal as the API answers it (e.g. a campaign without a target set cannot be ranked). */
export const refusal = (message: string) => ({
  errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })],
});

/** The weekly report's lists: 4 departments, 9 districts, 101 communes, as of period 11. */
export const standingsMock = {
  request: { query: HomeStandingsDocument, variables: { campaignId: CAMPAIGN_ID } },
  result: {
    data: {
      weeklyReport: {
        __typename: 'WeeklyReport' as const,
        period: { __typename: 'Period' as const, index: 11 },
        levels: [
          standingLevel(LEVELS[0], 'Sở', 4),
          standingLevel(LEVELS[1], 'Huyện', 9),
          standingLevel(LEVELS[2], 'Xã', 101),
        ],
      },
    },
  },
};
