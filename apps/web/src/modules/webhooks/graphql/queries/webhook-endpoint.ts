import { graphql } from '../../../../generated';

/** One endpoint with its signing secret, and the event types (for the edit form). */
export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      secret
    }
    webhookEventTypes
  }
`);
