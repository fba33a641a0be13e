import { graphql } from '../../../../generated';

/** The reporter's unit and the units directly under it, with their levels: what the reporter's home is about. */
export const HomeReporterUnitQuery = graphql(`
  query HomeReporterUnit($unitId: ID!, $first: Int!) {
    unit(id: $unitId) {
      id
      code
      name
      level {
        id
        key
        name
      }
      children(first: $first) {
        edges {
          node {
            id
            code
            name
            level {
              id
              key
              name
            }
          }
        }
      }
    }
  }
`);
