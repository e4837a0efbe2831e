import { signOut } from '../api.ts';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session.ts';
import { NewPasswordForm } from '../settings/NewPasswordForm.tsx';
import { accountPaths } from '../router/account.ts';

/** /reset-password?token=…: choose a new password, then sign in with it. */
export function ResetPasswordScreen({ token }: { readonly token: string }) {
  const { user, setUser } = useSession();
  const done = async () => {
    // Whoever was signed in on this browser signs in again, with the new password.
    if (user) await signOut().catch(() => undefined);
    setUser(null);
    navigate(accountPaths.signInAfter('password-set'), { replace: true });
  };
  return (
    <div className="auth-screen card">
      <ScreenTitle>{t('reset.title')}</ScreenTitle>
      <NewPasswordForm token={token} onDone={() => void done()} />
    </div>
  );
}
