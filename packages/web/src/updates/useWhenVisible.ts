import { useEffect, useRef } from 'react';

/** How often `useWhenVisible` calls again while the page stays visible. */
export const REFRESH_MS = 60_000;

/**
 * Calls `refresh` now, whenever the page comes back into view or its window regains focus, and
 * every minute while it is visible; never while it is hidden in a background tab.
 */
export function useWhenVisible(refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const ifVisible = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    latest.current();
    window.addEventListener('focus', ifVisible);
    document.addEventListener('visibilitychange', ifVisible);
    const timer = window.setInterval(ifVisible, REFRESH_MS);
    return () => {
      window.removeEventListener('focus', ifVisible);
      document.removeEventListener('visibilitychange', ifVisible);
      window.clearInterval(timer);
    };
  }, []);
}
