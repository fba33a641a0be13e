import { useParams } from 'react-router-dom';
import { WebhookDetailScreen } from '../../modules/webhooks';
import { AdminOnly } from '../../modules/users/components/AdminOnly';

/** One webhook endpoint, where a notification about it leads (/webhooks/:id). */
export function WebhookPage() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <WebhookDetailScreen key={id} id={id} />
    </AdminOnly>
  );
}
