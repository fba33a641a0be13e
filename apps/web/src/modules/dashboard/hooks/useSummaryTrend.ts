import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SummaryQuery as SummaryData } from '../../../generated/graphql';
import { SummaryQuery } from '../graphql/queries/summary';

export type Summaries = ReadonlyArray<SummaryData['summary']>;

/** The summary as of each period 1..asOf (small: a few rows each), fetched together for the trend charts. */
export function useSummaryTrend(campaignId: string, asOfPeriod: number | null, targetSetKey: string | null) {
  const client = useApolloClient();
  const [state, setState] = useState<{ key: string; summaries: Summaries | null; error: unknown }>({
    key: '',
    summaries: null,
    error: null,
  });
  const key = `${campaignId}:${asOfPeriod}:${targetSetKey}`;
  useEffect(() => {
    if (!asOfPeriod) return;
    let live = true;
    const periods = Array.from({ length: asOfPeriod }, (_, index) => index + 1);
    Promise.all(
      periods.map((period) =>
        client.query({ query: SummaryQuery, variables: { campaignId, asOfPeriod: period, targetSetKey } }),
      ),
    )
      .then((results) => {
        if (live) setState({ key, summaries: results.map((result) => result.data?.summary ?? []), error: null });
      })
      .catch((error: unknown) => {
        if (live) setState({ key, summaries: null, error });
      });
    return () => {
      live = false;
    };
  }, [client, campaignId, asOfPeriod, targetSetKey, key]);
  return state.key === key ? state : { summaries: null, error: null };
}
