import { graphql } from '../../../../generated';

/** Sends a delivery again, as a manual attempt; the answer is the delivery, PENDING again. */
export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
