import { isLocale } from '@recipro/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CLIENT_ERROR,
  setUnauthenticatedHandler,
  signOut as apiSignOut,
  type User,
} from './api.ts';
import { updateAccount } from './api-account.ts';
import { activeLocale, useLocale } from './i18n/index.ts';
import { rememberOnDevice, switchLocale } from './i18n/load.ts';
import { Layout } from './shell/Layout.tsx';
import { OfflineNotice } from './components/OfflineNotice.tsx';
import { storeCircle, storedCircle } from './currentCircle.ts';
import { isApiError } from './errors.ts';
import { forgetAll, readNow, reads } from './queries.ts';
import { navigate, paths } from './router.ts';
import { RouteSkeleton, Routes } from './Routes.tsx';
import { SessionContext, type CurrentCircle, type Session } from './session.ts';

export function App() {
  const [user, setUser] = useState<User | null>(null);
  /** 'checking' until /api/me answers; 'offline' when it could not be reached at all. */
  const [status, setStatus] = useState<'checking' | 'known' | 'offline'>('checking');
  const [currentCircle, setCircleState] = useState<CurrentCircle | null>(storedCircle);
  const [attempt, setAttempt] = useState(0);
  // Every screen renders its words again in a newly chosen language.
  useLocale();

  useEffect(() => {
    let live = true;
    // Read ahead at start-up (main.tsx), together with the first screen's data.
    readNow(reads.me()).then(
      (me) => {
        if (!live) return;
        setUser(me);
        setStatus('known');
      },
      (error: unknown) => {
        if (!live) return;
        setUser(null);
        setStatus(isApiError(error, CLIENT_ERROR.network) ? 'offline' : 'known');
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // The account keeps its person's language for every device: signed in, the app speaks it. An
  // account that has none yet (made before languages, or on a client that sent none) keeps the
  // one this device speaks.
  const accountLocale = user?.locale;
  useEffect(() => {
    if (accountLocale === undefined) return;
    if (accountLocale !== null) {
      if (accountLocale === activeLocale().locale) return;
      rememberOnDevice(accountLocale);
      void switchLocale(accountLocale);
      return;
    }
    const here = activeLocale().locale;
    if (!isLocale(here)) return;
    updateAccount({ locale: here }).then(setUser, () => {
      // Kept next time the app opens.
    });
  }, [accountLocale]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      forgetAll();
      setUser(null);
    });
    return () => setUnauthenticatedHandler(undefined);
  }, []);

  const retry = useCallback(() => {
    setStatus('checking');
    setAttempt((n) => n + 1);
  }, []);

  const setCurrentCircle = useCallback((circle: CurrentCircle | null) => {
    setCircleState((current) =>
      current?.id === circle?.id && current?.name === circle?.name && current?.kind === circle?.kind
        ? current
        : circle,
    );
    storeCircle(circle);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSignOut();
    } catch {
      // Unreachable server: sign out here anyway; the session ends when it expires.
    }
    forgetAll();
    setUser(null);
    setCurrentCircle(null);
    navigate(paths.signIn(), { replace: true });
  }, [setCurrentCircle]);

  const session = useMemo<Session>(
    () => ({ user, setUser, signOut, currentCircle, setCurrentCircle }),
    [user, signOut, currentCircle, setCurrentCircle],
  );

  return (
    <SessionContext.Provider value={session}>
      <Layout>
        {status === 'checking' && <RouteSkeleton />}
        {status === 'offline' && <OfflineNotice onRetry={retry} />}
        {status === 'known' && <Routes />}
      </Layout>
    </SessionContext.Provider>
  );
}
