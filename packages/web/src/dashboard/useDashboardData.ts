import { useCallback, useState } from 'react';
import { listActs } from '../api.ts';
import { listSeasons, type BalanceWindow } from '../api-balance.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { readNow, reads } from '../queries.ts';

const readBase = async (circleId: string) => {
  const [circle, seasons, latest] = await Promise.all([
    readNow(reads.circle(circleId)),
    readNow(reads.seasons(circleId)),
    listActs(circleId, { limit: 1 }),
  ]);
  /** Whether anything was ever logged in the circle: without it there is nothing to chart. */
  return { circle, seasons, anyAct: latest.acts.length > 0 };
};

/**
 * The circle and its seasons, and the balance view for the chosen window. Changing the window
 * keeps the last view on screen until the new one arrives; `reload` reads seasons and balance
 * again after a season changed.
 */
export function useDashboardData(circleId: string, window: BalanceWindow) {
  const base = useRemote(() => readBase(circleId), circleId, { share: 'balance-base' });
  const [version, setVersion] = useState(0);
  const balance = useRemote(
    () => readNow(reads.balance(circleId, window)),
    `${circleId}|${window}|${version}`,
    {
      keep: true,
    },
  );
  const view = balance.state.status === 'ready' ? balance.state.data : undefined;
  const viewError = balance.state.status === 'failed' ? balance.state.error : balance.reloadError;

  const { update } = base;
  const reload = useCallback(async () => {
    const seasons = await listSeasons(circleId);
    update((data) => ({ ...data, seasons }));
    setVersion((v) => v + 1);
  }, [circleId, update]);

  const loading = view === undefined || (view.window !== window && viewError === undefined);
  return { base: base.state, view, viewError, loading, reload, version };
}
