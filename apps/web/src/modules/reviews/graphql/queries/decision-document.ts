import { graphql } from '../../../../generated';

/**
 * What the decision document (`decisionDocument` of @thidua/domain) is made of, as GET /exports/decision.docx reads
 * it: the review's number, date and status, its campaign's name and periods (a draft's year), its proposals (the
 * approved ones go into the decision). The proposals are the `review` query's list, so that the board's decisions
 * keep it current; the periods carry every field, so that the campaign's cached list stays whole.
 */
export const DecisionDocumentQuery = graphql(`
  query DecisionDocument($id: ID!) {
    review(id: $id) {
      id
      name
      status
      asOfPeriod
      decisionNumber
      decisionDate
      createdAt
      campaign {
        id
        name
        periods {
          index
          startDate
          endDate
          dueAt
        }
      }
      proposals {
        id
        decision
        outcome
        form
        note
        unit {
          id
          name
        }
      }
    }
  }
`);
