import { graphql } from '../../../../generated';

/** Everything the campaign screens show: settings, indicators, levels and the computed periods. */
export const CampaignSettingsFragment = graphql(`
  fragment CampaignSettings on Campaign {
    id
    version
    name
    startDate
    endDate
    timeZone
    dueWeekday
    dueTime
    status
    legend {
      code
      name
      minScore
    }
    scoring {
      bonusMax
      bonusFullAt
      penaltyPerLate
      penaltyPerMissing
      penaltyMax
      tieBreaks
    }
    indicators {
      weight
      indicator {
        ...IndicatorFields
      }
    }
    levels {
      id
      key
      name
      depth
    }
    periods {
      index
      startDate
      endDate
      dueAt
    }
  }
`);
