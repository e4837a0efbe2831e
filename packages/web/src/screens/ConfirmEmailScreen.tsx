import { useEffect, useState } from 'react';
import { getAccount } from '../api-account.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError, isApiError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { useSession } from '../session.ts';
import { accountPaths } from '../router/account.ts';
import { useEmailConfirmation } from '../settings/useEmailConfirmation.ts';

/** /confirm-email?token=…: confirms the address the link was sent to, and says so. */
export function ConfirmEmailScreen({ token }: { readonly token: string }) {
  const { user, setUser } = useSession();
  const confirmation = useEmailConfirmation(token);
  const signedIn = user !== null;
  const [email, setEmail] = useState<string>();

  // A confirmed change of address is the signed-in person's new email: show it everywhere.
  useEffect(() => {
    if (confirmation.status !== 'done' || !signedIn) return;
    let live = true;
    getAccount().then(
      (account) => {
        if (!live) return;
        setUser(account);
        setEmail(account.email);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [confirmation.status, signedIn, setUser]);

  if (confirmation.status === 'pending') {
    return (
      <div key="pending" className="auth-screen card stack">
        <ScreenTitle>{t('confirmEmail.title')}</ScreenTitle>
        <Loading />
      </div>
    );
  }

  if (confirmation.status === 'done') {
    return (
      <div key="done" className="auth-screen card stack">
        <ScreenTitle>{t('confirmEmail.doneTitle')}</ScreenTitle>
        <p>
          {!user
            ? t('confirmEmail.doneSignedOut')
            : email
              ? t('confirmEmail.done', { email })
              : t('confirmEmail.doneShort')}
        </p>
        <p>
          {user ? (
            <Link to={paths.home()}>{t('confirmEmail.toHome')}</Link>
          ) : (
            <Link to={paths.signIn()}>{t('confirmEmail.toSignIn')}</Link>
          )}
        </p>
      </div>
    );
  }

  const { error } = confirmation;
  const expired = isApiError(error, 'not_found') || isApiError(error, 'validation_failed');
  return (
    <div key="failed" className="auth-screen card stack">
      <ScreenTitle>{t('confirmEmail.failedTitle')}</ScreenTitle>
      {expired || isApiError(error, 'conflict') ? (
        <p>{t(expired ? 'confirmEmail.expired' : 'confirmEmail.taken')}</p>
      ) : (
        <Alert message={describeError(error)} />
      )}
      <p>
        {user ? (
          <Link to={accountPaths.settings()}>{t('confirmEmail.toSettings')}</Link>
        ) : (
          <Link to={paths.signIn(accountPaths.settings())}>{t('confirmEmail.signInToAsk')}</Link>
        )}
      </p>
    </div>
  );
}
