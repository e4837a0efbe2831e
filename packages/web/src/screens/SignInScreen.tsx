import type { User } from '../api.ts';
import { SignInForm } from '../auth/SignInForm.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { navigate, paths } from '../router.ts';
import { useSession } from '../session.ts';

export function SignInScreen({ next }: { readonly next: string | undefined }) {
  const { setUser } = useSession();
  const done = (user: User) => {
    setUser(user);
    navigate(next ?? paths.home(), { replace: true });
  };
  return (
    <div className="auth-screen card">
      <ScreenTitle>{t('auth.signIn.title')}</ScreenTitle>
      <SignInForm onSuccess={done} />
      <p className="switch">
        <Link to={paths.signUp(next)}>{t('auth.toSignUp')}</Link>
      </p>
    </div>
  );
}
