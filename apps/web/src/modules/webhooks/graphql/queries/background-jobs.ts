import { graphql } from '../../../../generated';

/** Each background queue's counts and latest failures (ADMIN). */
export const BackgroundJobsQuery = graphql(`
  query BackgroundJobs {
    backgroundJobs {
      name
      waiting
      retrying
      active
      completed
      failed
      lastFailures {
        id
        failedAt
        error
        attempts
      }
    }
  }
`);
