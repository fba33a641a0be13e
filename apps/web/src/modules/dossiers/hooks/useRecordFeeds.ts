import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import { SetCampaignRecordFeedsMutation } from '../graphql/mutations/set-campaign-record-feeds';
import { CampaignRecordFeedsQuery } from '../graphql/queries/campaign-record-feeds';
import { LevelUnitIdsQuery } from '../graphql/queries/level-unit-ids';

/** The API takes at most 20.000 units per setCampaignRecordFeeds and 500 per page of units. */
export const FEED_CHUNK = 20_000;
const PAGE = 500;

export type FeedOutcome = { done: true } | { userErrors: ReadonlyArray<UserErrorLike> };

/** Which units of a campaign are fed from records, and the calls that change it (whole levels included). */
export function useRecordFeeds(campaignId: string) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(CampaignRecordFeedsQuery, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
  });
  const [setFeedsMutation, { loading: saving }] = useMutation(SetCampaignRecordFeedsMutation);
  const fedIds = new Set(data?.campaignRecordFeeds ?? []);

  /** In chunks the API accepts; stops at the first refusal. The list is read again either way. */
  const setFeeds = async (unitIds: ReadonlyArray<string>, fed: boolean): Promise<FeedOutcome> => {
    try {
      for (let start = 0; start < unitIds.length; start += FEED_CHUNK) {
        const { data: answer } = await setFeedsMutation({
          variables: { input: { campaignId, unitIds: unitIds.slice(start, start + FEED_CHUNK), fed } },
        });
        const payload = answer?.setCampaignRecordFeeds;
        if (!payload) throw new Error('setCampaignRecordFeeds returned no payload');
        if (payload.userErrors.length) return { userErrors: payload.userErrors };
      }
      return { done: true };
    } finally {
      await refetch().catch(() => undefined);
    }
  };

  /**
   * Every active unit of a level, page by page; kept out of the cache, where pages of `units` merge into the table's
   * list.
   */
  const levelUnitIds = async (levelKey: string): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data: page } = await client.query({
        query: LevelUnitIdsQuery,
        variables: { levelKey, first: PAGE, after },
        fetchPolicy: 'no-cache',
      });
      if (!page) throw new Error('units returned no page');
      ids.push(...page.units.edges.map((edge) => edge.node.id));
      const next = page.units.pageInfo.endCursor;
      if (!page.units.pageInfo.hasNextPage || !next) return ids;
      after = next;
    }
  };

  return {
    loaded: Boolean(data),
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
    fedIds,
    saving,
    setFeeds,
    levelUnitIds,
  };
}
