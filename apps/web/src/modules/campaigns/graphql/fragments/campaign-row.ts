import { graphql } from '../../../../generated';

/** A row of the campaign list. */
export const CampaignRowFragment = graphql(`
  fragment CampaignRow on Campaign {
    id
    name
    startDate
    endDate
    status
    indicators {
      indicator {
        id
      }
    }
  }
`);
