import { graphql } from '../../../../generated';

/** The weekly report to the chairman for one period: heading, level figures, every unit, late, missing and 0%. */
export const WeeklyReportQuery = graphql(`
  query WeeklyReport($campaignId: ID!, $period: Int) {
    weeklyReport(campaignId: $campaignId, period: $period) {
      campaign {
        id
        name
        timeZone
        periods {
          index
          startDate
          endDate
        }
      }
      period {
        index
        startDate
        endDate
        dueAt
      }
      targetSet {
        id
        key
        name
      }
      heading {
        issuer
        placeName
        dateLine
        title
        subtitle
      }
      summary {
        level {
          id
          key
          name
        }
        unitCount
        indicators {
          indicator {
            id
            code
            name
          }
          numerator
          denominator
          rate
          target
          met
          shortfall
        }
      }
      levels {
        level {
          id
          key
          name
        }
        cohortSize
        rows {
          ...WeeklyReportRow
        }
        top {
          ...WeeklyReportRow
        }
        bottom {
          ...WeeklyReportRow
        }
      }
      lateUnits {
        unit {
          id
          code
          name
        }
        level {
          id
          name
        }
        submittedAt
      }
      missingUnits {
        unit {
          id
          code
          name
        }
        level {
          id
          name
        }
      }
      zeroRateUnits {
        unit {
          id
          code
          name
        }
        level {
          id
          name
        }
        indicator {
          id
          name
        }
        denominator
      }
    }
  }
`);
