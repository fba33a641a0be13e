import { graphql } from '../../../../generated';

/** One delivery of the log, with every attempt at it. */
export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    status
    attempts
    deliveredAt
    lastAttemptAt
    lastStatusCode
    lastError
    createdAt
    attemptLog {
      attemptedAt
      statusCode
      error
      durationMs
      manual
    }
  }
`);
