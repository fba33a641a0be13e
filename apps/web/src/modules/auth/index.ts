/** The auth feature's public entry: what other features may use. */
export { useCurrentUser, type CurrentUserState } from './hooks/useCurrentUser';
