import { graphql } from '../../../../generated';

/** A rule as the editor lists and edits it. */
export const RuleFieldsFragment = graphql(`
  fragment RuleFields on Rule {
    id
    version
    code
    name
    outcome
    form
    priority
    condition
    enabled
  }
`);
