import type { User } from '../api.ts';
import { SignUpForm } from '../auth/SignUpForm.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { navigate, paths } from '../router.ts';
import { useSession } from '../session.ts';

export function SignUpScreen({ next }: { readonly next: string | undefined }) {
  const { setUser } = useSession();
  const done = (user: User) => {
    setUser(user);
    // A new account starts on its first steps, unless it was on its way somewhere.
    navigate(next ?? paths.firstRun(), { replace: true });
  };
  return (
    <div className="auth-screen card">
      <ScreenTitle>{t('auth.signUp.title')}</ScreenTitle>
      <p className="lead">{t('auth.signUp.intro')}</p>
      <SignUpForm onSuccess={done} />
      <p className="switch">
        <Link to={paths.signIn(next)}>{t('auth.toSignIn')}</Link>
      </p>
    </div>
  );
}
