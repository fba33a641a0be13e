import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../utils/user-errors';

export function ListLoading() {
  const { t } = useTranslation();
  return (
    <p className="state" role="status">
      {t('common.loading')}
    </p>
  );
}

/**
 * A failed read with a retry. `onRetry` may be a query's `refetch` as it is: it is called with no argument, and a
 * failure of the retry is shown by the query's own error state, so its rejection is dropped here.
 */
export function ListError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('common.loadError')}</p>
      <p>{describeRequestError(error, t)}</p>
      <button type="button" className="button" onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
        {t('common.retry')}
      </button>
    </div>
  );
}

export function ListEmpty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="state">
      <p className="state__title">{title}</p>
      {hint && <p>{hint}</p>}
    </div>
  );
}

/**
 * A list read from the server, in one of its states: failed with nothing to show (with retry), loading, empty, or
 * its content, which is handed the loaded data.
 */
export function LoadedList<T>({
  data,
  error,
  onRetry,
  empty,
  emptyTitle,
  emptyHint,
  children,
}: {
  data: T | null | undefined;
  error: unknown;
  onRetry: () => unknown;
  empty: boolean;
  emptyTitle: string;
  emptyHint?: string;
  children: (data: T) => ReactNode;
}) {
  if (data == null && error) return <ListError error={error} onRetry={onRetry} />;
  if (data == null) return <ListLoading />;
  if (empty) {
    return (
      <div className="table-wrap">
        <ListEmpty title={emptyTitle} hint={emptyHint} />
      </div>
    );
  }
  return <>{children(data)}</>;
}
