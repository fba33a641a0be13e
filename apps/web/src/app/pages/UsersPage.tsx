import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { AdminOnly } from '../../modules/users/components/AdminOnly';
import { UsersScreen } from '../../modules/users/components/UsersScreen';

export function UsersPage() {
  const { user } = useCurrentUser();
  return (
    <AdminOnly>
      <UsersScreen currentUserId={user?.id} />
    </AdminOnly>
  );
}
