import { graphql } from '../../../../generated';

/**
 * One indicator's figures for a unit: counts, rate against target, shortfall and projection. The indicator by its
 * code only: its name and labels come with the campaign (asked once, not once per row).
 */
export const IndicatorResultFieldsFragment = graphql(`
  fragment IndicatorResultFields on IndicatorResult {
    indicator {
      code
    }
    numerator
    denominator
    rate
    target
    met
    shortfall
    projectedRate
    onTrack
  }
`);
