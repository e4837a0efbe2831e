import { useCallback, useEffect, useState } from 'react';
import {
  acknowledgeAct,
  unacknowledgeAct,
  questionAct,
  deleteAct,
  getCircle,
  getSummary,
  listActs,
  updateAct,
  type Act,
  type ActChanges,
  type CircleDetail,
  type Summary,
} from '../api.ts';
import { useRemote } from '../hooks/useRemote.ts';

/** Days covered by the summary on the circle screen. */
export const SUMMARY_DAYS = 30;

export interface CircleData {
  readonly circle: CircleDetail;
  readonly received: readonly Act[];
  readonly given: readonly Act[];
  readonly summary: Summary;
}

async function readActivity(circle: CircleDetail): Promise<CircleData> {
  const me = circle.myMemberId;
  const [received, given, summary] = await Promise.all([
    listActs(circle.id, { toMemberId: me }),
    listActs(circle.id, { fromMemberId: me }),
    getSummary(circle.id, SUMMARY_DAYS),
  ]);
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
    () => getCircle(circleId).then(readActivity),
    circleId,
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
  /** Takes back my "I noticed" (the undo bar's "Undo"). */
  const unnotice = useCallback(
    (act: Act) => answerReceived(act, unacknowledgeAct),
    [answerReceived],
  );

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
  return { state, refresh, notice, unnotice, question, change, remove, refreshError };
}
