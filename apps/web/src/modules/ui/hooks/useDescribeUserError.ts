import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeUserError, type UserErrorLike } from '../utils/user-errors';

/** userError → message in the current language. */
export function useDescribeUserError(): (error: UserErrorLike) => string {
  const { t, i18n } = useTranslation();
  return useCallback((error: UserErrorLike) => describeUserError(error, t, (key) => i18n.exists(key)), [t, i18n]);
}
