import type { ReactNode } from 'react';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { useSession } from '../session.ts';
import { Link } from '../components/Link.tsx';
import { NavBar } from './NavBar.tsx';
import { SafetyLinks } from '../support/SafetyLinks.tsx';
import { Bell } from '../updates/Bell.tsx';

/**
 * The frame of every screen: skip link, header (Support and Quick exit always; the updates bell
 * and, on wide screens, signing out when signed in), navigation when signed in, and main.
 */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { user, signOut } = useSession();
  return (
    <div className={user ? 'shell signed-in' : 'shell'}>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link to={paths.home()} className="brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <SafetyLinks />
        {user && (
          <div className="account">
            <Bell />
            <span className="muted account-name">
              {t('header.signedInAs', { name: user.name })}
            </span>
            {/* On phones the header is tight: signing out is in Settings there (styles.css). */}
            <button type="button" className="link account-sign-out" onClick={() => void signOut()}>
              {t('header.signOut')}
            </button>
          </div>
        )}
      </header>
      {user && <NavBar />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
