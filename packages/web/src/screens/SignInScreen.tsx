import type { User } from '../api.ts';
import { SignInForm } from '../auth/SignInForm.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { navigate, paths } from '../router.ts';
import { useSession } from '../session.ts';
import type { SignInNotice } from '../router/account.ts';

const NOTICES = {
  'account-deleted': 'signIn.goodbye',
  'password-set': 'signIn.passwordSet',
} as const;

export function SignInScreen({
  next,
  notice,
}: {
  readonly next: string | undefined;
  /** What just happened, said above the form (after deleting the account, after a reset). */
  readonly notice?: SignInNotice | undefined;
}) {
  const { setUser } = useSession();
  const done = (user: User) => {
    setUser(user);
    navigate(next ?? paths.home(), { replace: true });
  };
  return (
    <div className="auth-screen card">
      <ScreenTitle>{t('auth.signIn.title')}</ScreenTitle>
      {notice && <p className="notice">{t(NOTICES[notice])}</p>}
      <SignInForm onSuccess={done} />
      <p className="switch">
        <Link to={paths.signUp(next)}>{t('auth.toSignUp')}</Link>
      </p>
    </div>
  );
}
