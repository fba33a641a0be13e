import { graphql } from '../../../../generated';

/** What a row of the tree or of the search results shows, and what the edit dialog starts from. */
export const UnitRowFragment = graphql(`
  fragment UnitRow on Unit {
    id
    code
    name
    archived
    version
    childCount
    childCountWithArchived: childCount(includeArchived: true)
    level {
      id
      key
      name
      depth
    }
    parent {
      id
      code
      name
    }
  }
`);
