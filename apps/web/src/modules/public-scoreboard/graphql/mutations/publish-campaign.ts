import { graphql } from '../../../../generated';

export const PublishCampaignMutation = graphql(`
  mutation PublishCampaign($input: PublishCampaignInput!) {
    publishCampaign(input: $input) {
      publication {
        ...CampaignPublicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UnpublishCampaignMutation = graphql(`
  mutation UnpublishCampaign($input: UnpublishCampaignInput!) {
    unpublishCampaign(input: $input) {
      publication {
        ...CampaignPublicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
