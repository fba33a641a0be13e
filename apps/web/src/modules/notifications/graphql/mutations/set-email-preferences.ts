import { graphql } from '../../../../generated';

export const SetEmailPreferencesMutation = graphql(`
  mutation SetEmailPreferences($input: SetEmailPreferencesInput!) {
    setEmailPreferences(input: $input) {
      emailPreferences {
        reminders
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
