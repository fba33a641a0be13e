import { graphql } from '../../../../generated';

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CampaignRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
