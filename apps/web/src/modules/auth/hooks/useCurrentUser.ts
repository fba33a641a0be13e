import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { MeQuery } from '../graphql/queries/me';
import { clearSessionToken } from '../../../foundation/session/session-token';
import { useSessionToken } from './useSessionToken';

export interface CurrentUserState {
  user: CurrentUserFragment | null;
  loading: boolean;
  signedIn: boolean;
}

/** The signed-in user from `me`; a token the server no longer knows (me = null) is dropped. */
export function useCurrentUser(): CurrentUserState {
  const token = useSessionToken();
  const { data, loading } = useQuery(MeQuery, { skip: !token });
  const me = token ? data?.me : null;

  useEffect(() => {
    if (token && data && data.me === null) clearSessionToken();
  }, [token, data]);

  return { user: me ?? null, loading: Boolean(token) && loading, signedIn: Boolean(token) };
}
