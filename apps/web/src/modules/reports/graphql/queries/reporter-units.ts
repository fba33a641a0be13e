import { graphql } from '../../../../generated';

/** The units directly under a reporter's own unit (a district's communes): the units it may also report for. */
export const ReporterUnitsQuery = graphql(`
  query ReporterUnits($parentId: ID!, $first: Int) {
    units(parentId: $parentId, first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          code
          name
        }
      }
    }
  }
`);
