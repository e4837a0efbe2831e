import { isCircleKind } from '@recipro/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getMe, setUnauthenticatedHandler, signOut as apiSignOut, type User } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { Routes } from './Routes.tsx';
import { SessionContext, type CurrentCircle, type Session } from './session.ts';
import { navigate, paths } from './router.ts';

const CURRENT_CIRCLE_KEY = 'recipro.currentCircle';

function storedCircle(): CurrentCircle | null {
  try {
    const raw = window.localStorage.getItem(CURRENT_CIRCLE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value === 'object' && value !== null) {
      const { id, name, kind } = value as Record<string, unknown>;
      if (typeof id === 'string' && typeof name === 'string' && isCircleKind(kind)) {
        return { id, name, kind };
      }
    }
  } catch {
    // Storage may be unavailable (private mode); the navigation just has no circle then.
  }
  return null;
}

function storeCircle(circle: CurrentCircle | null): void {
  try {
    if (circle) window.localStorage.setItem(CURRENT_CIRCLE_KEY, JSON.stringify(circle));
    else window.localStorage.removeItem(CURRENT_CIRCLE_KEY);
  } catch {
    // See storedCircle.
  }
}

export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [checked, setChecked] = useState(false);
  const [currentCircle, setCircleState] = useState<CurrentCircle | null>(storedCircle);

  useEffect(() => {
    let live = true;
    getMe()
      .then(
        (me) => live && setUser(me),
        () => live && setUser(null),
      )
      // Checked either way: a failure means signed out (or offline); both show sign-in.
      .finally(() => live && setChecked(true));
    setUnauthenticatedHandler(() => setUser(null));
    return () => {
      live = false;
      setUnauthenticatedHandler(undefined);
    };
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
    } finally {
      setUser(null);
      setCurrentCircle(null);
      navigate(paths.signIn(), { replace: true });
    }
  }, [setCurrentCircle]);

  const session = useMemo<Session>(
    () => ({ user, setUser, signOut, currentCircle, setCurrentCircle }),
    [user, signOut, currentCircle, setCurrentCircle],
  );

  return (
    <SessionContext.Provider value={session}>
      <Layout>{checked ? <Routes /> : <Loading />}</Layout>
    </SessionContext.Provider>
  );
}
