import { graphql } from '../../../../generated';

/** Changes what is given: the address, description and types, or `enabled` alone (the toggle). */
export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint {
        ...WebhookEndpointFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
