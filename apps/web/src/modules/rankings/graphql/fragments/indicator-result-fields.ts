import { graphql } from '../../../../generated';

/** One indicator's figures for a unit or a level: counts, rate against target, shortfall and projection. */
export const IndicatorResultFieldsFragment = graphql(`
  fragment IndicatorResultFields on IndicatorResult {
    indicator {
      id
      code
      name
      numeratorLabel
    }
    numerator
    denominator
    rate
    target
    met
    achievement
    shortfall
    projectedRate
    onTrack
    weight
  }
`);
