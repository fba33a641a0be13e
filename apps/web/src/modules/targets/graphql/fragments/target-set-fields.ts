import { graphql } from '../../../../generated';

/** A target set with its level defaults and unit overrides, as the grid edits them. */
export const TargetSetFieldsFragment = graphql(`
  fragment TargetSetFields on TargetSet {
    id
    key
    name
    primary
    version
    targets {
      id
      value
      indicator {
        id
        code
      }
      level {
        id
        key
      }
      unit {
        id
      }
    }
  }
`);
