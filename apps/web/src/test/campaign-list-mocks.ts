import { CampaignsDocument } from '../generated/graphql';

export interface CampaignListRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
}

/** A row of the campaign list as the API answers it. */
export function campaignListRow(row: CampaignListRow) {
  return { __typename: 'Campaign' as const, indicators: [], ...row };
}

/** Cà Mau 2023: ACTIVE, ended (every test's today is after 2023). */
export const CA_MAU_2023 = campaignListRow({
  id: 'c-1',
  name: 'Chiến dịch cao điểm 69 ngày đêm',
  startDate: '2023-03-01',
  endDate: '2023-05-09',
  status: 'ACTIVE',
});

/**
 * The list useCurrentCampaign asks for (the header, the top "Xếp hạng", the report screen), answered `times` times.
 */
export function currentCampaignListMock(rows: readonly CampaignListRow[] = [CA_MAU_2023], times = 5) {
  return {
    request: { query: CampaignsDocument, variables: { first: 100 } },
    result: {
      data: {
        campaigns: {
          __typename: 'CampaignConnection' as const,
          totalCount: rows.length,
          edges: rows.map((row) => ({
            __typename: 'CampaignEdge' as const,
            cursor: `cursor-${row.id}`,
            node: campaignListRow(row),
          })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: times,
  };
}
