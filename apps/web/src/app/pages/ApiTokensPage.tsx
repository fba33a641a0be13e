import { ApiTokensScreen } from '../../modules/api-tokens/components/ApiTokensScreen';
import { AdminOnly } from '../../modules/users/components/AdminOnly';

export function ApiTokensPage() {
  return (
    <AdminOnly>
      <ApiTokensScreen />
    </AdminOnly>
  );
}
