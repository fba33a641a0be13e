import type { ApolloServerPlugin } from '@apollo/server';

/** Calls `listener` once each mutation has run, before its answer is sent: whoever wrote reads what they wrote. */
export function afterEachMutation<Context extends object>(listener: () => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') listener();
        },
      };
    },
  };
}
