import { graphql } from '../../../../generated';

/** A campaign's reminders and the latest sent; every user may read them. */
export const CampaignRemindersQuery = graphql(`
  query CampaignReminders($id: ID!) {
    campaign(id: $id) {
      id
      reminders {
        offsetsMinutes
        copyToParentLevelKeys
        recentSends {
          periodIndex
          offsetMinutes
          dueAt
          sentAt
          unitCount
          recipientCount
          emailedCount
        }
      }
    }
  }
`);
