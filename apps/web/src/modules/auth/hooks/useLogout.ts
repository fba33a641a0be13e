import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { LogoutMutation } from '../graphql/mutations/logout';
import { clearSessionToken } from '../utils/session-token';

/** Ends the session on the server, then forgets it here whatever the server said. */
export function useLogout(): { logout: () => Promise<void>; loggingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logoutMutation, { loading }] = useMutation(LogoutMutation);

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // An expired session or a network error: the local session ends anyway.
    }
    clearSessionToken();
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, logoutMutation, navigate]);

  return { logout, loggingOut: loading };
}
