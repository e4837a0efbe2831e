/**
 * The app's query cache (TanStack Query) and what a route reads, so that a screen's data starts
 * loading at once: with the app's script (the person and the first screen's data together, not
 * one after the other), beside a screen's code when it opens, and ahead of a likely next screen.
 * `useRemote` (hooks/) keeps what screens read in the same cache.
 *
 * Freshness: a screen reads from the server when it opens (showing what it read before, if
 * anything, in the meantime). An answer read ahead is used once, by the screen it was read for,
 * within READ_AHEAD_MS. After any change the server confirms, nothing read before it is shown
 * again before it has been read anew.
 */
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { getCircle, getMe, getSummary, listActs, listCircles } from './api.ts';
import { getBalance, listSeasons, type BalanceWindow } from './api-balance.ts';
import { setChangeHandler } from './api/request.ts';
import { parseRoute } from './router.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A screen says what failed and offers to try again; it does not wait through retries.
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: 0,
    },
  },
});

/** How long an answer read ahead is good for the screen it was read for. */
export const READ_AHEAD_MS = 5_000;

/** One thing read from the server: its key in the cache, and how it is read. */
export interface Read<T> {
  readonly key: QueryKey;
  readonly read: () => Promise<T>;
}

const hash = (key: QueryKey) => JSON.stringify(key);

/** Answers read ahead that no screen has used yet: when each was asked for, and the answer. */
const readAhead = new Map<string, { readonly at: number; readonly answer: Promise<unknown> }>();

/**
 * Reads for a screen that opens now: an answer read ahead for it less than READ_AHEAD_MS ago
 * (or still on its way) is used, once; otherwise the server is asked (joining a request already
 * on its way). Only an answer asked for by the read ahead itself counts, never an older one the
 * cache held then, and a read ahead that failed is asked again.
 */
export async function readNow<T>({ key, read }: Read<T>): Promise<T> {
  const ahead = readAhead.get(hash(key));
  readAhead.delete(hash(key));
  if (ahead !== undefined && Date.now() - ahead.at < READ_AHEAD_MS) {
    try {
      return (await ahead.answer) as T;
    } catch {
      // Asked again below; the screen says what failed if it fails again.
    }
  }
  return queryClient.fetchQuery({
    queryKey: key,
    // Called with nothing: TanStack passes its own context, which no reader here takes.
    queryFn: () => read(),
    staleTime: 0,
  });
}

/** Starts reading `what` for a screen that is likely to open next (see `readNow`). */
export function readAheadOf<T>({ key, read }: Read<T>): void {
  // A pointer passing over the same link again within a second does not ask again.
  const waiting = readAhead.get(hash(key));
  if (waiting !== undefined && Date.now() - waiting.at < 1_000) return;
  const answer = queryClient.fetchQuery({ queryKey: key, queryFn: () => read(), staleTime: 0 });
  // Nobody may ever use it: a failure is not unhandled (readNow asks again).
  answer.catch(() => undefined);
  readAhead.set(hash(key), { at: Date.now(), answer });
}

/** The circle home's summary covers these days (circle/useCircleData.ts uses the same). */
export const SUMMARY_DAYS = 30;
/** The balance window Practice balance opens with (dashboard/DashboardView.tsx). */
export const FIRST_BALANCE_WINDOW: BalanceWindow = 30;

const MEMBER_IDS_KEY = 'recipro.myMemberIds';

/**
 * The signed-in person's member id in each circle they opened on this device, so the circle's
 * acts can be asked for together with the circle (not after it). Only ids, nothing private; a
 * wrong guess costs a second request, never a wrong answer (the circle's answer is checked).
 */
export function knownMemberId(circleId: string): string | undefined {
  try {
    const all: unknown = JSON.parse(window.localStorage.getItem(MEMBER_IDS_KEY) ?? '{}');
    const id = typeof all === 'object' && all !== null ? Reflect.get(all, circleId) : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMemberId(circleId: string, memberId: string): void {
  try {
    const all: unknown = JSON.parse(window.localStorage.getItem(MEMBER_IDS_KEY) ?? '{}');
    const next = { ...(typeof all === 'object' && all !== null ? all : {}), [circleId]: memberId };
    window.localStorage.setItem(MEMBER_IDS_KEY, JSON.stringify(next));
  } catch {
    // Storage may be unavailable (private mode): the acts then wait for the circle.
  }
}

/** What the app reads, one key each. */
export const reads = {
  me: (): Read<Awaited<ReturnType<typeof getMe>>> => ({ key: ['me'], read: getMe }),
  circles: (): Read<Awaited<ReturnType<typeof listCircles>>> => ({
    key: ['circles'],
    read: () => listCircles(),
  }),
  circle: (circleId: string): Read<Awaited<ReturnType<typeof getCircle>>> => ({
    key: ['circle', circleId],
    read: async () => {
      const circle = await getCircle(circleId);
      rememberMemberId(circleId, circle.myMemberId);
      return circle;
    },
  }),
  summary: (circleId: string): Read<Awaited<ReturnType<typeof getSummary>>> => ({
    key: ['summary', circleId, SUMMARY_DAYS],
    read: () => getSummary(circleId, SUMMARY_DAYS),
  }),
  /** The acts given to (`to`) or by (`from`) one member. */
  acts: (
    circleId: string,
    side: 'to' | 'from',
    memberId: string,
  ): Read<Awaited<ReturnType<typeof listActs>>> => ({
    key: ['acts', circleId, side, memberId],
    read: () =>
      listActs(circleId, side === 'to' ? { toMemberId: memberId } : { fromMemberId: memberId }),
  }),
  seasons: (circleId: string): Read<Awaited<ReturnType<typeof listSeasons>>> => ({
    key: ['seasons', circleId],
    read: () => listSeasons(circleId),
  }),
  balance: (
    circleId: string,
    window: BalanceWindow,
  ): Read<Awaited<ReturnType<typeof getBalance>>> => ({
    key: ['balance', circleId, window],
    read: () => getBalance(circleId, window),
  }),
};

/** The reads of the screen at `location` (a path with its query), for reading them ahead. */
export function readsOfRoute(location: string): Read<unknown>[] {
  const [pathname = '/', search = ''] = location.split(/(?=\?)/);
  const route = parseRoute(pathname, search);
  switch (route.name) {
    case 'home':
      return [reads.circles()];
    case 'circle': {
      const me = knownMemberId(route.circleId);
      return [
        reads.circle(route.circleId),
        reads.summary(route.circleId),
        ...(me
          ? [reads.acts(route.circleId, 'to', me), reads.acts(route.circleId, 'from', me)]
          : []),
      ];
    }
    case 'dashboard':
      return [
        reads.circle(route.circleId),
        reads.seasons(route.circleId),
        reads.balance(route.circleId, FIRST_BALANCE_WINDOW),
      ];
    case 'cycle':
    case 'chatImport':
    case 'load':
    case 'rituals':
    case 'question':
    case 'ritualGuide':
      return [reads.circle(route.circleId)];
    default:
      return [];
  }
}

/** Starts reading what the screen at `location` shows. */
export function readRouteAhead(location: string): void {
  for (const read of readsOfRoute(location)) readAheadOf(read);
}

/**
 * After a change the server confirmed: what the screen on view reads is its own to refresh (it
 * changes at once, then reads again, as each screen does), and the rest is dropped, so no other
 * screen shows an answer read before the change.
 */
export function forgetAfterChange(): void {
  readAhead.clear();
  // A read on its way stays (a screen may be waiting for it); marked stale, it is read anew
  // before any other screen shows it.
  queryClient.removeQueries({
    type: 'inactive',
    predicate: (query) => query.state.fetchStatus === 'idle',
  });
  void queryClient.invalidateQueries({ refetchType: 'none' });
}

/** Everything read goes, when the person signs out or their session ends. */
export function forgetAll(): void {
  readAhead.clear();
  queryClient.clear();
}

setChangeHandler(forgetAfterChange);
