import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { ReportStatusChangedSubscription } from '../graphql/subscriptions/report-status-changed';

/** One refetch at most per this long: an import of a thousand reports is a burst of events, answered once. */
export const REFETCH_AT_MOST_EVERY_MS = 1_000;

/**
 * Calls `onChange` when reports of `campaignId` change on the server (a submission, a revision, an import, a
 * recompute, by anyone, through any API process), at most once per REFETCH_AT_MOST_EVERY_MS: at once for an event
 * after a quiet second, then once at the end of that second for whatever else came meanwhile (a burst of any size
 * is two calls, then one a second while it lasts). Nothing without a campaign.
 */
export function useReportStatusChanges(campaignId: string | null | undefined, onChange: () => void): void {
  const latest = useRef(onChange);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  useSubscription(ReportStatusChangedSubscription, {
    variables: { campaignId: campaignId ?? '' },
    skip: !campaignId,
    onData: () => {
      if (timer.current) {
        pending.current = true;
        return;
      }
      const quietFor = () => {
        timer.current = setTimeout(() => {
          timer.current = null;
          if (!pending.current) return;
          pending.current = false;
          latest.current();
          quietFor();
        }, REFETCH_AT_MOST_EVERY_MS);
      };
      latest.current();
      quietFor();
    },
  });
}
