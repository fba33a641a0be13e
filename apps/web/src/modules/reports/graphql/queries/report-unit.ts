import { graphql } from '../../../../generated';

/** The unit a report is for, with its level (its targets default to the level's). */
export const ReportUnitQuery = graphql(`
  query ReportUnit($id: ID!) {
    unit(id: $id) {
      id
      code
      name
      archived
      level {
        id
        key
        name
      }
    }
  }
`);
