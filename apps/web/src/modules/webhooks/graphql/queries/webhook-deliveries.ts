import { graphql } from '../../../../generated';

/** An endpoint's deliveries, the newest first, a page at a time, of one status or all. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
    webhookEndpoint(id: $id) {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        edges {
          cursor
          node {
            ...WebhookDeliveryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
