import type { ReactNode } from 'react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import { Observable, type Subscriber } from 'rxjs';
import { useRankingChanges } from './useRankingChanges';

describe('useRankingChanges', () => {
  it("follows the campaign's rankingChanged and calls once per event after a quiet second", async () => {
    const subscribers: Subscriber<ApolloLink.Result>[] = [];
    const operations: { name: string | undefined; variables: Record<string, unknown> }[] = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable<ApolloLink.Result>((subscriber) => {
          operations.push({ name: operation.operationName, variables: operation.variables });
          subscribers.push(subscriber);
        }),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const onChange = jest.fn();
    renderHook(() => useRankingChanges('c-1', onChange), { wrapper });
    await act(async () => undefined);
    expect(operations).toEqual([{ name: 'RankingChanged', variables: { campaignId: 'c-1' } }]);
    await act(async () =>
      subscribers[0].next({
        data: {
          rankingChanged: {
            __typename: 'RankingChange',
            campaignId: 'c-1',
            fromPeriod: 5,
            changedAt: '2023-04-04T02:00:00.000Z',
          },
        },
      }),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
