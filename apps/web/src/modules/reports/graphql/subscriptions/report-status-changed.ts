import { graphql } from '../../../../generated';

/** An event each time reports of the campaign change (submitted, revised, imported, recomputed), from any process. */
export const ReportStatusChangedSubscription = graphql(`
  subscription ReportStatusChanged($campaignId: ID!) {
    reportStatusChanged(campaignId: $campaignId) {
      campaignId
      period
      unitId
      reportCount
      changedAt
    }
  }
`);
