import { graphql } from '../../../../generated';

/** Every indicator, and how records feed those that have a rule. */
export const RecordRulesQuery = graphql(`
  query RecordRules {
    indicators {
      id
      code
      name
    }
    indicatorRecordRules {
      indicator {
        id
      }
      numerator
      denominator
    }
  }
`);
