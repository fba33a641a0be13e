import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { LogoutEverywhereMutation } from '../graphql/mutations/logout-everywhere';
import { LogoutMutation } from '../graphql/mutations/logout';
import { clearSessionToken } from '../../../foundation/session/session-token';

/**
 * Ends the session on the server (with `everywhere`, every session of the user, on every device), then forgets it
 * here whatever the server said.
 */
export function useLogout({ everywhere = false }: { everywhere?: boolean } = {}): {
  logout: () => Promise<void>;
  loggingOut: boolean;
} {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logoutHere, here] = useMutation(LogoutMutation);
  const [logoutEverywhere, everywhereState] = useMutation(LogoutEverywhereMutation);

  const logout = useCallback(async () => {
    try {
      await (everywhere ? logoutEverywhere() : logoutHere());
    } catch {
      // An expired session or a network error: the local session ends anyway.
    }
    clearSessionToken();
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, everywhere, logoutEverywhere, logoutHere, navigate]);

  return { logout, loggingOut: here.loading || everywhereState.loading };
}
