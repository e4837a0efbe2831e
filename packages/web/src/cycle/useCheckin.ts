import { useEffect } from 'react';
import { getCheckin, getInstrument, listCheckins, type Checkin } from '../api-cycle.ts';
import { PAGE_MAX } from '../api/pages.ts';
import { useRemote } from '../hooks/useRemote.ts';

/** How often an answered, still open check-in asks whether the others have answered. */
const POLL_MS = 4000;

async function readCheckin(circleId: string, checkinId: string) {
  const checkin = await getCheckin(circleId, checkinId);
  const [instrument, history] = await Promise.all([
    getInstrument(checkin.instrument),
    // The member's trends, and the newest check-ins (to tell whether this one is their latest).
    listCheckins(circleId, { limit: PAGE_MAX }),
  ]);
  return { checkin, instrument, history };
}

/** One check-in with its instrument and the member's own trend; polls while waiting for others. */
export function useCheckin(circleId: string, checkinId: string) {
  const loaded = useRemote(() => readCheckin(circleId, checkinId), `${circleId}/${checkinId}`);
  const { state, reload, update } = loaded;
  const waiting =
    state.status === 'ready' &&
    state.data.checkin.status === 'open' &&
    state.data.checkin.mine !== null;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  /** After answering: show the answer at once, then fetch the trend that now includes it. */
  const answered = (checkin: Checkin) => {
    update((data) => ({ ...data, checkin }));
    void reload();
  };

  return { ...loaded, answered };
}
