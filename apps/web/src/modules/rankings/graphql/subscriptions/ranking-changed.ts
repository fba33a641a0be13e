import { graphql } from '../../../../generated';

/** An event each time a write may change the campaign's rankings, from any process. */
export const RankingChangedSubscription = graphql(`
  subscription RankingChanged($campaignId: ID!) {
    rankingChanged(campaignId: $campaignId) {
      campaignId
      fromPeriod
      changedAt
    }
  }
`);
