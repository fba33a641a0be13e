import { LoginCard } from '../../modules/auth/components/LoginCard';

export function LoginPage() {
  return <LoginCard />;
}
