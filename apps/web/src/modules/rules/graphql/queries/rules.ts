import { graphql } from '../../../../generated';

/** The campaign's rules, enabled or not: commendation first, by priority; each condition also in words. */
export const RulesQuery = graphql(`
  query Rules($campaignId: ID!, $language: Language! = VI) {
    rules(campaignId: $campaignId) {
      ...RuleFields
      conditionText(language: $language)
    }
  }
`);
