import type { ReactNode } from 'react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import { Observable, type Subscriber } from 'rxjs';
import { REFETCH_AT_MOST_EVERY_MS, useReportStatusChanges } from './useReportStatusChanges';

/** A link whose one subscription the test feeds by hand. */
function handFedLink() {
  const subscribers: Subscriber<ApolloLink.Result>[] = [];
  const variables: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((subscriber) => {
        variables.push(operation.variables);
        subscribers.push(subscriber);
      }),
  );
  const send = (unitId: string) =>
    subscribers.forEach((subscriber) =>
      subscriber.next({
        data: {
          reportStatusChanged: {
            __typename: 'ReportStatusChange',
            campaignId: 'c-1',
            period: 5,
            unitId,
            reportCount: 1,
            changedAt: '2023-04-04T02:00:00.000Z',
          },
        },
      }),
    );
  return { link, send, variables };
}

describe('useReportStatusChanges', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls at once for a change after a quiet second, then at most once a second through a burst', async () => {
    const { link, send, variables } = handFedLink();
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const onChange = jest.fn();
    renderHook(() => useReportStatusChanges('c-1', onChange), { wrapper });
    await act(async () => undefined);
    expect(variables).toEqual([{ campaignId: 'c-1' }]);

    await act(async () => send('u-0'));
    expect(onChange).toHaveBeenCalledTimes(1);
    await act(async () => {
      for (let i = 1; i <= 1000; i++) send(`u-${i}`); // an import's events, a thousand in the same second
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(REFETCH_AT_MOST_EVERY_MS));
    expect(onChange).toHaveBeenCalledTimes(2);
    // Quiet for a second: the next change is answered at once again.
    await act(async () => jest.advanceTimersByTime(REFETCH_AT_MOST_EVERY_MS));
    expect(onChange).toHaveBeenCalledTimes(2);
    await act(async () => send('u-1'));
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('does not subscribe without a campaign', async () => {
    const { link, variables } = handFedLink();
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    renderHook(() => useReportStatusChanges(null, jest.fn()), { wrapper });
    await act(async () => undefined);
    expect(variables).toEqual([]);
  });
});
