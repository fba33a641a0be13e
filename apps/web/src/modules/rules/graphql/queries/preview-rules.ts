import { graphql } from '../../../../generated';

/** Dry run: who the drafted rules would propose as of a period; writes nothing. */
export const PreviewRulesQuery = graphql(`
  query PreviewRules($campaignId: ID!, $asOfPeriod: Int, $targetSetKey: String, $rules: [RuleDraftInput!]) {
    previewRules(campaignId: $campaignId, asOfPeriod: $asOfPeriod, targetSetKey: $targetSetKey, rules: $rules) {
      ...ProposalFields
    }
  }
`);
