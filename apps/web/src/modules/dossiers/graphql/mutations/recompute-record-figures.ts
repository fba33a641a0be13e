import { graphql } from '../../../../generated';

/** Recounts the cells imports touched; with a campaign, every cell of the units it feeds. */
export const RecomputeRecordFiguresMutation = graphql(`
  mutation RecomputeRecordFigures($campaignId: ID) {
    recomputeRecordFigures(campaignId: $campaignId) {
      recompute {
        campaigns
        cells
        created
        revised
        unchanged
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
