import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { ListLoading } from '../../foundation/ui/components/ListStates';
import { ReportScreen } from '../../modules/reports/components/ReportScreen';

export function ReportPage() {
  const { user } = useCurrentUser();
  return user ? <ReportScreen user={user} /> : <ListLoading />;
}
