import { graphql } from '../../../../generated';

/** A unit's report for one period, with its values and every revision (the history table reads them). */
export const ReportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    submittedAt
    lastSubmittedAt
    revision
    timeliness
    period {
      index
    }
    unit {
      id
    }
    values {
      numerator
      denominator
      rate
      indicator {
        id
        code
      }
    }
    revisions {
      revision
      submittedAt
      recordedAt
      backfilled
      source
      submittedBy {
        id
        name
        email
      }
      previousValues {
        indicatorCode
        numerator
        denominator
      }
      newValues {
        indicatorCode
        numerator
        denominator
      }
    }
  }
`);
