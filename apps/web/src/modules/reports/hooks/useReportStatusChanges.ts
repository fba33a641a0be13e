import { useThrottledSubscription } from '../../../foundation/apollo/useThrottledSubscription';
import { ReportStatusChangedSubscription } from '../graphql/subscriptions/report-status-changed';

export { REFETCH_AT_MOST_EVERY_MS } from '../../../foundation/apollo/useThrottledSubscription';

/**
 * Calls `onChange` when reports of `campaignId` change on the server (a submission, a revision, an import, a
 * recompute, by anyone, through any API process), throttled (useThrottledSubscription). Nothing without a campaign.
 */
export function useReportStatusChanges(campaignId: string | null | undefined, onChange: () => void): void {
  useThrottledSubscription(ReportStatusChangedSubscription, { campaignId: campaignId ?? '' }, !campaignId, onChange);
}
