import { graphql } from '../../../../generated';

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        ...CampaignSettings
        targetSets {
          ...TargetSetFields
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
