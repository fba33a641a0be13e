/** The session token from `login`, kept in localStorage so a reload stays signed in. */
export const SESSION_TOKEN_KEY = 'thidua.token';

const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function readSessionToken(): string | null {
  try {
    return window.localStorage.getItem(SESSION_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeSessionToken(token: string): void {
  window.localStorage.setItem(SESSION_TOKEN_KEY, token);
  notify();
}

export function clearSessionToken(): void {
  if (readSessionToken() === null) return;
  window.localStorage.removeItem(SESSION_TOKEN_KEY);
  notify();
}

/** Also follows other tabs: logging out in one logs out all. */
export function subscribeSessionToken(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_TOKEN_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
