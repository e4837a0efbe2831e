import { getAuthOptions } from '../api-account.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { ResetByCommand } from '../settings/ResetByCommand.tsx';
import { ResetRequestForm } from '../settings/ResetRequestForm.tsx';
import '../settings/settings.css';

/** /forgot-password: a link by email when the server sends email; otherwise who can help. */
export function ForgotPasswordScreen() {
  const { state } = useRemote(getAuthOptions, 'auth-options');
  return (
    <div className="auth-screen card stack">
      <ScreenTitle>{t('forgot.title')}</ScreenTitle>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' &&
        (state.data.passwordResetByEmail ? <ResetRequestForm /> : <ResetByCommand />)}
      <p className="switch">
        <Link to={paths.signIn()}>{t('forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}
