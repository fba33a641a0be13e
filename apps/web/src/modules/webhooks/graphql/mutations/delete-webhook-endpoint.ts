import { graphql } from '../../../../generated';

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
