import { useCallback, useEffect, useState } from 'react';
import {
  acknowledgeAct,
  getCircle,
  getSummary,
  listActs,
  type Act,
  type CircleDetail,
  type Summary,
} from '../api.ts';

/** Days covered by the summary on the circle screen. */
export const SUMMARY_DAYS = 30;

export interface CircleData {
  readonly circle: CircleDetail;
  readonly received: readonly Act[];
  readonly given: readonly Act[];
  readonly summary: Summary;
}

export type CircleState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: CircleData };

async function loadActivity(circle: CircleDetail) {
  const me = circle.myMemberId;
  const [received, given, summary] = await Promise.all([
    listActs(circle.id, { toMemberId: me }),
    listActs(circle.id, { fromMemberId: me }),
    getSummary(circle.id, SUMMARY_DAYS),
  ]);
  return { circle, received, given, summary };
}

/** Everything the circle screen shows, and the two things done there: log and notice. */
export function useCircleData(circleId: string) {
  const [state, setState] = useState<CircleState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    getCircle(circleId)
      .then(loadActivity)
      .then(
        (data) => live && setState({ status: 'ready', data }),
        (error: unknown) => live && setState({ status: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [circleId]);

  const refresh = useCallback(async () => {
    if (state.status !== 'ready') return;
    const data = await loadActivity(state.data.circle);
    setState({ status: 'ready', data });
  }, [state]);

  /** Marks a received act as noticed; the list updates at once, the summary after. */
  const notice = useCallback(async (act: Act) => {
    const updated = await acknowledgeAct(act.circleId, act.id);
    setState((current) => {
      if (current.status !== 'ready') return current;
      const received = current.data.received.map((a) => (a.id === updated.id ? updated : a));
      return { status: 'ready', data: { ...current.data, received } };
    });
    const summary = await getSummary(act.circleId, SUMMARY_DAYS);
    setState((current) =>
      current.status === 'ready'
        ? { status: 'ready', data: { ...current.data, summary } }
        : current,
    );
  }, []);

  return { state, refresh, notice };
}
