import { graphql } from '../../../../generated';

/** Every endpoint, the oldest first, and the event types one may ask for. */
export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
    webhookEventTypes
  }
`);
