import { useThrottledSubscription } from '../../../foundation/apollo/useThrottledSubscription';
import { RankingChangedSubscription } from '../graphql/subscriptions/ranking-changed';

/** Calls `onChange` when the campaign's rankings may have changed on the server, throttled to once a second. */
export function useRankingChanges(campaignId: string, onChange: () => void): void {
  useThrottledSubscription(RankingChangedSubscription, { campaignId }, !campaignId, onChange);
}
