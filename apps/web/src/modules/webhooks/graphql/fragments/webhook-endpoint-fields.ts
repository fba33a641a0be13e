import { graphql } from '../../../../generated';

/** What the list and the detail page show of an endpoint (the secret only on the detail page). */
export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    consecutiveFailures
    createdAt
    updatedAt
  }
`);
