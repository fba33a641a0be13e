import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeUserError, type UserErrorLike } from '../utils/user-errors';

/**
 * userError → message in the current language. A screen may say a code in its own words (`<scope>.errors.<CODE>`,
 * e.g. STALE on a campaign is not STALE on a unit); otherwise the shared `userErrors.<CODE>` is used.
 */
export function useDescribeUserError(scope?: string): (error: UserErrorLike) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: UserErrorLike) => {
      const scoped = scope ? `${scope}.errors.${error.code}` : null;
      if (scoped && i18n.exists(scoped)) return (t as unknown as (key: string) => string)(scoped);
      return describeUserError(error, t, (key) => i18n.exists(key));
    },
    [t, i18n, scope],
  );
}
