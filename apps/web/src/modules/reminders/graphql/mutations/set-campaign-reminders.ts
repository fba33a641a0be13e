import { graphql } from '../../../../generated';

export const SetCampaignRemindersMutation = graphql(`
  mutation SetCampaignReminders($input: SetCampaignRemindersInput!) {
    setCampaignReminders(input: $input) {
      reminders {
        offsetsMinutes
        copyToParentLevelKeys
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
