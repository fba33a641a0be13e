import { graphql } from '../../../../generated';

/** The root unit (e.g. "UBND tỉnh Cà Mau"): the issuer named in the decision list's header. */
export const DecisionIssuerQuery = graphql(`
  query DecisionIssuer {
    units(rootsOnly: true, first: 1) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
