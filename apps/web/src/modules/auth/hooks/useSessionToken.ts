import { useSyncExternalStore } from 'react';
import { readSessionToken, subscribeSessionToken } from '../../../shared/session/session-token';

export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribeSessionToken, readSessionToken, () => null);
}
