import { graphql } from '../../../../generated';

/** An indicator as the list, the dialog and the campaign editor show it. */
export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    code
    name
    numeratorLabel
    denominatorLabel
    description
    version
  }
`);
