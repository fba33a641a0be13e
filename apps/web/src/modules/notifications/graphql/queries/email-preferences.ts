import { graphql } from '../../../../generated';

/** The signed-in user's email choices. */
export const EmailPreferencesQuery = graphql(`
  query EmailPreferences {
    emailPreferences {
      reminders
    }
  }
`);
