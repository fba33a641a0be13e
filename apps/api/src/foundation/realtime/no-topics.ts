import type { PubSub } from 'type-graphql';

/**
 * type-graphql asks for a PubSub as soon as the schema has a subscription, even when every `@Subscription` gives its
 * own `subscribe` (ours do: the changes of the request's DataSource, see changes.ts). Topics are not used.
 */
export const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions here read ChangesHub streams; there are no topics to publish to');
  },
  subscribe() {
    throw new Error('subscriptions here read ChangesHub streams; there are no topics to subscribe to');
  },
};
