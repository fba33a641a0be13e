import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { ListLoading } from '../../foundation/ui/components/ListStates';
import { HomeScreen } from '../../modules/home';

/** "Việc cần làm": each role's week at a glance, where everyone lands after login. */
export function HomePage() {
  const { user } = useCurrentUser();
  return user ? <HomeScreen user={user} /> : <ListLoading />;
}
