import { AuditScreen } from '../../modules/audit/components/AuditScreen';
import { AdminOnly } from '../../modules/users/components/AdminOnly';

export function AuditPage() {
  return (
    <AdminOnly>
      <AuditScreen />
    </AdminOnly>
  );
}
