import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth';
import { ListLoading } from '../../../foundation/ui/components/ListStates';

/** The admin's screens: others are told they may not (the API refuses them anyway). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  if (loading && !user) return <ListLoading />;
  if (user?.role !== 'ADMIN') {
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('common.forbidden')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
