import { graphql } from '../../../../generated';

/** One campaign with its settings and its target sets (targets included: the grid edits them). */
export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignSettings
      targetSets {
        ...TargetSetFields
      }
    }
  }
`);
