import { useEffect, useRef, useState } from 'react';
import { acceptInvitation, getInvitation } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenSkeleton } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError, isApiError } from '../errors.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { t } from '../i18n/index.ts';
import { InviteAuth } from '../auth/InviteAuth.tsx';
import { navigate, paths } from '../router.ts';
import { useSession } from '../session.ts';

/** /invite/:token: who invites me where; sign up or in if needed, then join. */
export function InviteScreen({ token }: { readonly token: string }) {
  const { user, setUser } = useSession();
  const { state: preview } = useRemote(() => getInvitation(token), token);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [asked, setAsked] = useState(false);
  const joinButton = useRef<HTMLButtonElement>(null);
  const signedInHere = useRef(!user);

  // Signing up here removes the form that had focus: hand it to the Join button.
  useEffect(() => {
    if (user && signedInHere.current) joinButton.current?.focus();
  }, [user, preview.status]);

  if (preview.status === 'loading') return <ScreenSkeleton layout="page" />;
  if (preview.status === 'failed') {
    const gone = isApiError(preview.error, 'not_found');
    return (
      <div className="card">
        <ScreenTitle>{t('accept.invalid.title')}</ScreenTitle>
        {gone ? (
          <p>{t('accept.invalid.body')}</p>
        ) : (
          <Alert message={describeError(preview.error)} />
        )}
        <p>
          <Link to={paths.home()}>{t('circle.backHome')}</Link>
        </p>
      </div>
    );
  }

  const invitation = preview.data;
  const join = async () => {
    setPending(true);
    setError(undefined);
    try {
      await acceptInvitation(token);
      setAsked(true);
    } catch (failure) {
      // Already a member: the circle is where they wanted to go anyway.
      if (isApiError(failure, 'conflict')) {
        navigate(paths.circle(invitation.circleId), { replace: true });
        return;
      }
      setError(
        isApiError(failure, 'circle_full')
          ? t('accept.full', { circle: invitation.circleName })
          : describeError(failure),
      );
      setPending(false);
    }
  };

  if (asked) {
    return (
      <div className="card">
        <ScreenTitle>{t('accept.waiting.title', { circle: invitation.circleName })}</ScreenTitle>
        <p className="lead">{t('accept.waiting.body', { inviter: invitation.invitedByName })}</p>
        <p>
          <Link to={paths.home()}>{t('circle.backHome')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="invite-screen stack-lg">
      <div className="card">
        <ScreenTitle>{t('accept.title')}</ScreenTitle>
        <p className="lead with-icon">
          <Icon name={invitation.circleKind} />
          {t('accept.body', { inviter: invitation.invitedByName, circle: invitation.circleName })}
        </p>
        {user && (
          <div className="stack">
            <p className="muted">{t('accept.as', { name: user.name })}</p>
            <Alert message={error} />
            <div className="actions">
              <button
                ref={joinButton}
                type="button"
                className="primary"
                disabled={pending}
                onClick={() => void join()}
              >
                {pending
                  ? t('accept.pending')
                  : t('accept.join', { circle: invitation.circleName })}
              </button>
              <Link to={paths.home()}>{t('accept.notNow')}</Link>
            </div>
          </div>
        )}
      </div>
      {!user && <InviteAuth onSignedIn={setUser} />}
    </div>
  );
}
