import { graphql } from '../../../../generated';

export const IndicatorsQuery = graphql(`
  query Indicators {
    indicators {
      ...IndicatorFields
    }
  }
`);
