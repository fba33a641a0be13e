import { graphql } from '../../../../generated';

/** Candidates for the parent picker: active units matching the typed text. */
export const UnitOptionsQuery = graphql(`
  query UnitOptions($search: String, $first: Int) {
    units(search: $search, first: $first) {
      edges {
        cursor
        node {
          id
          code
          name
          level {
            id
            name
          }
        }
      }
    }
  }
`);
