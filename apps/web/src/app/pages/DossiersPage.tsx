import { DossiersScreen } from '../../modules/dossiers/components/DossiersScreen';
import { AdminOnly } from '../../modules/users/components/AdminOnly';

export function DossiersPage() {
  return (
    <AdminOnly>
      <DossiersScreen />
    </AdminOnly>
  );
}
