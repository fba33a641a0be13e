import { graphql } from '../../../../generated';

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint {
        ...WebhookEndpointFields
        secret
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
