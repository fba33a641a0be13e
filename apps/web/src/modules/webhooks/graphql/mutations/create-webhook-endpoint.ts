import { graphql } from '../../../../generated';

/** The new endpoint's id and address: the list is read again after it. */
export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        url
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
