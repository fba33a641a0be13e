import { WebhooksScreen } from '../../modules/webhooks';
import { AdminOnly } from '../../modules/users/components/AdminOnly';

export function WebhooksPage() {
  return (
    <AdminOnly>
      <WebhooksScreen />
    </AdminOnly>
  );
}
