import { graphql } from '../../../../generated';

/** The campaign's rules, enabled or not: commendation first, by priority. */
export const RulesQuery = graphql(`
  query Rules($campaignId: ID!) {
    rules(campaignId: $campaignId) {
      ...RuleFields
    }
  }
`);
