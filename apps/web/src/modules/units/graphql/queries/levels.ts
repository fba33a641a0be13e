import { graphql } from '../../../../generated';

export const LevelsQuery = graphql(`
  query Levels {
    levels {
      id
      key
      name
      depth
    }
  }
`);
