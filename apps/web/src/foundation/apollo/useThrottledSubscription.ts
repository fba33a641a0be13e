import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';

/** One call at most per this long: an import of a thousand reports is a burst of events, answered once. */
export const REFETCH_AT_MOST_EVERY_MS = 1_000;

/**
 * Follows a subscription and calls `onEvent` for its events, at most once per REFETCH_AT_MOST_EVERY_MS: at once for
 * an event after a quiet second, then once at the end of that second for whatever else came meanwhile (a burst of
 * any size is two calls, then one a second while it lasts). Nothing while `skip`.
 */
export function useThrottledSubscription<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  skip: boolean,
  onEvent: () => void,
): void {
  const latest = useRef(onEvent);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);
  useEffect(() => {
    latest.current = onEvent;
  }, [onEvent]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  useSubscription(document as TypedDocumentNode<Data, Record<string, unknown>>, {
    variables,
    skip,
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
