import { graphql } from '../../../../generated';

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
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
