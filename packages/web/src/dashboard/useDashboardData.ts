import { useCallback, useEffect, useState } from 'react';
import { getCircle, type CircleDetail } from '../api.ts';
import {
  getBalance,
  listSeasons,
  type BalanceView,
  type BalanceWindow,
  type Season,
} from '../api-balance.ts';

export type BaseState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly circle: CircleDetail;
      readonly seasons: readonly Season[];
    };

/**
 * The circle and its seasons, and the balance view for the chosen window. Changing the window
 * keeps the last view on screen until the new one arrives; `reload` reads seasons and balance
 * again after a season changed.
 */
export function useDashboardData(circleId: string, window: BalanceWindow) {
  const [base, setBase] = useState<BaseState>({ status: 'loading' });
  const [view, setView] = useState<BalanceView>();
  const [viewError, setViewError] = useState<unknown>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([getCircle(circleId), listSeasons(circleId)]).then(
      ([circle, seasons]) => live && setBase({ status: 'ready', circle, seasons }),
      (error: unknown) => live && setBase({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [circleId]);

  useEffect(() => {
    let live = true;
    getBalance(circleId, window).then(
      (next) => {
        if (!live) return;
        setView(next);
        setViewError(undefined);
      },
      (error: unknown) => live && setViewError(error),
    );
    return () => {
      live = false;
    };
  }, [circleId, window, version]);

  const reload = useCallback(async () => {
    const seasons = await listSeasons(circleId);
    setBase((current) => (current.status === 'ready' ? { ...current, seasons } : current));
    setVersion((v) => v + 1);
  }, [circleId]);

  const loading = view === undefined || (view.window !== window && viewError === undefined);
  return { base, view, viewError, loading, reload, version };
}
