import { graphql } from '../../../../generated';

/** Every report of one unit in a campaign (at most one per period, so one page holds them all). */
export const UnitReportsQuery = graphql(`
  query UnitReports($campaignId: ID!, $unitId: ID!, $first: Int) {
    reports(campaignId: $campaignId, unitId: $unitId, first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...ReportFields
        }
      }
    }
  }
`);
