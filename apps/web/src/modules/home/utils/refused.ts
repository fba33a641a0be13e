import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * Whether the API refused the request as such (BAD_USER_INPUT: e.g. a campaign without a target set cannot be
 * ranked): retrying cannot help, so a card says what is missing instead of offering a retry.
 */
export function isRefusal(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.['code'] === 'BAD_USER_INPUT')
  );
}
