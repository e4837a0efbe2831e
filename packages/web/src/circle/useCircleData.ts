import { useCallback, useEffect, useRef, useState } from 'react';
import {
  acknowledgeAct,
  unacknowledgeAct,
  questionAct,
  unquestionAct,
  deleteAct,
  getSummary,
  listActs,
  updateAct,
  type Act,
  type ActChanges,
  type CircleDetail,
  type Summary,
} from '../api.ts';
import { firstPageFor, PAGE_DEFAULT } from '../api/pages.ts';
import { appendPage } from '../hooks/usePages.ts';
import { useRemote } from '../hooks/useRemote.ts';
import { knownMemberId, readNow, reads, SUMMARY_DAYS } from '../queries.ts';

export interface CircleData {
  readonly circle: CircleDetail;
  readonly received: readonly Act[];
  readonly given: readonly Act[];
  /** Where the next page of each list starts; null once all of it is shown. */
  readonly next: { readonly received: string | null; readonly given: string | null };
  readonly summary: Summary;
}

/** Which of the two lists of acts. */
export type ActList = 'received' | 'given';

const filterOf = (circle: CircleDetail, list: ActList) =>
  list === 'received' ? { toMemberId: circle.myMemberId } : { fromMemberId: circle.myMemberId };

/**
 * Reads the circle, its summary and the acts I received and gave, all at once: the acts are
 * asked for with my member id as this device knows it, and again should the circle say
 * otherwise. A list showing more than a first page is read again as far as it is shown.
 */
async function readCircleHome(
  circleId: string,
  shown: { received: number; given: number },
): Promise<CircleData> {
  const side = (direction: 'to' | 'from', me: string, count: number) =>
    count > PAGE_DEFAULT
      ? listActs(circleId, {
          ...(direction === 'to' ? { toMemberId: me } : { fromMemberId: me }),
          ...firstPageFor(count),
        })
      : readNow(reads.acts(circleId, direction, me));
  const actsOf = (me: string) =>
    Promise.all([side('to', me, shown.received), side('from', me, shown.given)]);
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
  return {
    circle,
    received: received.acts,
    given: given.acts,
    next: { received: received.next, given: given.next },
    summary,
  };
}

/**
 * Everything the circle screen shows, and what is done there: log, notice, and change or remove
 * an act one gave (the lists change at once, then everything is read again). The data
 * is fetched again after each change and whenever the page becomes visible again, so care that
 * others logged meanwhile shows up. A failed refresh keeps what is on screen and says so.
 */
export function useCircleData(circleId: string) {
  const shown = useRef({ received: 0, given: 0 });
  const { state, reload, reloadError, update } = useRemote(
    () => readCircleHome(circleId, shown.current),
    circleId,
    { share: 'circle-home' },
  );
  shown.current =
    state.status === 'ready'
      ? { received: state.data.received.length, given: state.data.given.length }
      : { received: 0, given: 0 };

  /** "Show more": the next page of one list, appended. */
  const more = useCallback(
    async (list: ActList) => {
      if (state.status !== 'ready') return;
      const { circle, next } = state.data;
      const before = next[list];
      if (before === null) return;
      const page = await listActs(circle.id, { ...filterOf(circle, list), before });
      update((data) =>
        data.next[list] === before
          ? {
              ...data,
              [list]: appendPage(data[list], page.acts, (act) => act.id),
              next: { ...data.next, [list]: page.next },
            }
          : data,
      );
    },
    [state, update],
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
  /** Takes back my "I don't recognise this" (the undo bar's "Undo"). */
  const unquestion = useCallback(
    (act: Act) => answerReceived(act, unquestionAct),
    [answerReceived],
  );
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
  return {
    state,
    refresh,
    more,
    notice,
    unnotice,
    question,
    unquestion,
    change,
    remove,
    refreshError,
  };
}
