import { graphql } from '../../../../generated';

/** Whether and how a campaign's standings are public (null: never set up). */
export const CampaignPublicationQuery = graphql(`
  query CampaignPublication($id: ID!) {
    campaign(id: $id) {
      id
      publication {
        ...CampaignPublicationFields
      }
    }
  }
`);

export const CampaignPublicationFieldsFragment = graphql(`
  fragment CampaignPublicationFields on CampaignPublication {
    published
    slug
    path
    levels {
      id
      key
      name
    }
    figures
    fromPeriod
    updatedAt
  }
`);
