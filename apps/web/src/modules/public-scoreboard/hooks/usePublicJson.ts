import { useCallback, useEffect, useState } from 'react';
import { fetchPublicJson, PublicRequestError } from '../utils/public-api';

export interface PublicJsonState<T> {
  /** The last answer read; kept while another address is on its way, so the page does not blank out. */
  data: T | null;
  /** Whether `data` answers the current address. */
  current: boolean;
  loading: boolean;
  error: PublicRequestError | null;
  reload: () => void;
}

/** Reads a public JSON route, again whenever the address changes; an answer for an old address is dropped. */
export function usePublicJson<T>(url: string): PublicJsonState<T> {
  const [state, setState] = useState<{ url: string | null; data: T | null; error: PublicRequestError | null }>({
    url: null,
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchPublicJson<T>(url, controller.signal).then(
      (data) => setState({ url, data, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof PublicRequestError
            ? error
            : new PublicRequestError(0, null, error instanceof Error ? error.message : String(error));
        setState((previous) => ({ url, data: previous.data, error: failure }));
      },
    );
    return () => controller.abort();
  }, [url, attempt]);

  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, url: null, error: null }));
    setAttempt((count) => count + 1);
  }, []);

  const settled = state.url === url;
  return {
    data: state.data,
    current: settled && state.error === null,
    loading: !settled,
    error: settled ? state.error : null,
    reload,
  };
}
