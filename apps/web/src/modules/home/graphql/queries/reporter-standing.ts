import { graphql } from '../../../../generated';

/**
 * The rankings of the reporter's level and of the level under it, in one request. Apart from the period's query: a
 * ranking the campaign refuses (a level that takes no part, no target set yet) must not hide the period.
 */
export const HomeReporterStandingQuery = graphql(`
  query HomeReporterStanding($campaignId: ID!, $ownLevel: String!, $childLevel: String!, $withChildren: Boolean!) {
    own: ranking(campaignId: $campaignId, levelKey: $ownLevel) {
      ...HomeUnitStanding
    }
    children: ranking(campaignId: $campaignId, levelKey: $childLevel) @include(if: $withChildren) {
      ...HomeUnitStanding
    }
  }
`);
