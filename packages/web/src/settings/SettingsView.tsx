import { useState } from 'react';
import { getAccount, getAuthOptions, type Account } from '../api-account.ts';
import { listCircles, type CircleListItem } from '../api.ts';
import { everyPage } from '../api/pages.ts';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { GuidesAside } from '../components/GuidesAside.tsx';
import { t } from '../i18n/index.ts';
import { togetherPaths } from '../router/together.ts';
import { navigate } from '../router.ts';
import { useSession } from '../session.ts';
import { DataPanel } from './DataPanel.tsx';
import { DeletePanel } from './DeletePanel.tsx';
import { DevicesPanel } from './DevicesPanel.tsx';
import { LanguagePanel } from './LanguagePanel.tsx';
import { LeavePanel } from './LeavePanel.tsx';
import { PasswordPanel } from './PasswordPanel.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';
import { accountPaths } from '../router/account.ts';
import '../components/confirm.css';
import './settings.css';

interface SettingsData {
  readonly account: Account;
  readonly circles: readonly CircleListItem[];
  readonly mailOn: boolean;
}

const readSettings = async (): Promise<SettingsData> => {
  // Every circle, not the first page: deleting the account says which circles go with it.
  const [account, circles, options] = await Promise.all([
    getAccount(),
    everyPage((query) => listCircles(query)),
    getAuthOptions(),
  ]);
  return {
    account,
    circles: circles.flatMap((page) => page.circles),
    mailOn: options.passwordResetByEmail,
  };
};

/**
 * The person's own settings: name and email, password, signed-in devices, downloads, leaving
 * a circle and deleting the account. The circles are shared by the parts that list them, so a
 * circle left disappears from the downloads too.
 */
export function SettingsView() {
  const { user, currentCircle, setCurrentCircle, setUser, signOut } = useSession();
  const { state, update } = useRemote(readSettings, 'settings');
  const [devicesVersion, setDevicesVersion] = useState(0);

  const left = (circle: CircleListItem) => {
    update((data) => ({ ...data, circles: data.circles.filter((c) => c.id !== circle.id) }));
    if (currentCircle?.id === circle.id) setCurrentCircle(null);
  };

  const deleted = () => {
    // Address first, then the session, so the sign-in screen opens with its goodbye line.
    navigate(accountPaths.signInAfter('account-deleted'), { replace: true });
    setCurrentCircle(null);
    setUser(null);
  };

  return (
    <div className="settings stack-lg">
      <header className="stack">
        <ScreenTitle>{t('settings.title')}</ScreenTitle>
        <p className="lead">{t('settings.intro')}</p>
        {user && (
          <p className="settings-sign-out">
            <span className="muted">{t('header.signedInAs', { name: user.name })}</span>
            <button type="button" className="secondary" onClick={() => void signOut()}>
              {t('header.signOut')}
            </button>
          </p>
        )}
      </header>
      {state.status === 'loading' && <SkeletonList rows={2} />}
      {state.status === 'failed' && <Alert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <div className="settings-grid">
          <div className="stack-lg">
            <ProfilePanel
              account={state.data.account}
              mailOn={state.data.mailOn}
              onSaved={(account) => update((data) => ({ ...data, account }))}
            />
            <LanguagePanel />
            <PasswordPanel
              email={state.data.account.email}
              onChanged={() => setDevicesVersion((v) => v + 1)}
            />
            <DevicesPanel version={devicesVersion} />
            <p className="card settings-aside">
              {t('settings.remindersLink')}{' '}
              <Link to={togetherPaths.reminders()}>{t('settings.remindersGo')}</Link>
            </p>
            <GuidesAside from="settings" />
          </div>
          <div className="stack-lg">
            <DataPanel circles={state.data.circles} />
            <LeavePanel circles={state.data.circles} onLeft={left} />
            <DeletePanel circles={state.data.circles} onDeleted={deleted} />
          </div>
        </div>
      )}
    </div>
  );
}
