import { useCallback, useEffect, useState } from 'react';
import {
  acknowledgeAct,
  questionAct,
  deleteAct,
  getSummary,
  updateAct,
  type Act,
  type ActChanges,
  type CircleDetail,
  type Summary,
} from '../api.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { knownMemberId, readNow, reads, SUMMARY_DAYS } from '../queries.ts';

export interface CircleData {
  readonly circle: CircleDetail;
  readonly received: readonly Act[];
  readonly given: readonly Act[];
  readonly summary: Summary;
}

/**
 * Reads the circle, its summary and the acts I received and gave, all at once: the acts are
 * asked for with my member id as this device knows it, and again should the circle say
 * otherwise.
 */
async function readCircleHome(circleId: string): Promise<CircleData> {
  const actsOf = (me: string) =>
    Promise.all([
      readNow(reads.acts(circleId, 'to', me)),
      readNow(reads.acts(circleId, 'from', me)),
    ]);
  const known = knownMemberId(circleId);
  const early = known === undefined ? undefined : actsOf(known);
  // An early guess that fails is asked again below; it must not be an unhandled rejection.
  early?.catch(() => undefined);
  const [circle, summary] = await Promise.all([
    readNow(reads.circle(circleId)),
    readNow(reads.summary(circleId)),
  ]);
  const [received, given] = await (circle.myMemberId === known && early
    ? early
    : actsOf(circle.myMemberId));
  return { circle, received, given, summary };
}

/**
 * Everything the circle screen shows, and what is done there: log, notice, and change or remove
 * an act one gave (the lists change at once, then everything is read again). The data
 * is fetched again after each change and whenever the page becomes visible again, so care that
 * others logged meanwhile shows up. A failed refresh keeps what is on screen and says so.
 */
export function useCircleData(circleId: string) {
  const { state, reload, reloadError, update } = useRemote(
    () => readCircleHome(circleId),
    circleId,
    { share: 'circle-home' },
  );
  /** Why the summary could not be read again after an answer; until the next refresh. */
  const [summaryError, setSummaryError] = useState<unknown>();

  const refresh = useCallback(async () => {
    setSummaryError(undefined);
    await reload();
  }, [reload]);

  const ready = state.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [ready, refresh]);

  /**
   * Says something about an act I received ("I noticed", "I don't recognise this"): the list
   * updates at once, the summary after.
   */
  const answerReceived = useCallback(
    async (act: Act, send: (circleId: string, actId: string) => Promise<Act>) => {
      const updated = await send(act.circleId, act.id);
      update((data) => ({
        ...data,
        received: data.received.map((a) => (a.id === updated.id ? updated : a)),
      }));
      try {
        const summary = await getSummary(act.circleId, SUMMARY_DAYS);
        update((data) => ({ ...data, summary }));
      } catch (error) {
        setSummaryError(error);
      }
    },
    [update],
  );
  const notice = useCallback((act: Act) => answerReceived(act, acknowledgeAct), [answerReceived]);
  const question = useCallback((act: Act) => answerReceived(act, questionAct), [answerReceived]);

  /** Saves changes to an act I gave; the list shows them at once, order and summary after. */
  const change = useCallback(
    async (act: Act, changes: ActChanges) => {
      const updated = await updateAct(act.circleId, act.id, changes);
      update((data) => ({
        ...data,
        given: data.given.map((a) => (a.id === updated.id ? updated : a)),
      }));
      void refresh();
      return updated;
    },
    [refresh, update],
  );

  /** Removes an act I gave from the circle's history; it leaves the list at once. */
  const remove = useCallback(
    async (act: Act) => {
      await deleteAct(act.circleId, act.id);
      update((data) => ({ ...data, given: data.given.filter((a) => a.id !== act.id) }));
      void refresh();
    },
    [refresh, update],
  );

  const refreshError = summaryError ?? reloadError;
  return { state, refresh, notice, question, change, remove, refreshError };
}
