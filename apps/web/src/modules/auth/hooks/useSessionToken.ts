import { useSyncExternalStore } from 'react';
import { readSessionToken, subscribeSessionToken } from '../../../foundation/session/session-token';

export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribeSessionToken, readSessionToken, () => null);
}
