import { useCallback, useId, useRef, useState } from 'react';
import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type QueryObserverResult,
} from '@tanstack/react-query';

/** What a screen knows of something it reads from the server. */
export type Remote<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

export interface RemoteOptions {
  /**
   * When `key` changes, keep what is on screen (the data, or the failure) until the answer for
   * the new key arrives, instead of showing `loading`; if that answer is a failure while data
   * is shown, the data stays and the failure is `reloadError`. Read once, on the first render.
   */
  readonly keep?: boolean;
  /**
   * A name for this read, the same wherever it is made: the answer is then kept in the app's
   * cache under the name and `key`, so a screen opened again shows it at once while it is
   * read again. Without it the answer belongs to this screen alone and goes with it.
   */
  readonly share?: string;
}

export interface RemoteData<T> {
  readonly state: Remote<T>;
  /** Why reading again failed while the data stayed on screen; cleared by the next answer. */
  readonly reloadError: unknown;
  /**
   * Reads again, keeping what is on screen until the answer arrives. Never rejects: a failure
   * is `reloadError` when there is data to keep, otherwise the `failed` state.
   */
  readonly reload: () => Promise<void>;
  /**
   * Changes the data on screen at once (after a change the server confirmed); does nothing
   * unless the state is `ready`. An answer still on its way, read before the change, is dropped.
   */
  readonly update: (change: (data: T) => T) => void;
}

/** What the cache holds for a read: its answer in a box, since an answer may be `undefined`. */
export interface Boxed<T> {
  readonly value: T;
}

/** The cache key of a read: shared by name, or this screen's own. */
export const remoteKey = (key: string, share: string | undefined, own: string): QueryKey =>
  share === undefined ? ['remote', own, key] : ['remote', share, key];

type Result<T> = Pick<QueryObserverResult<Boxed<T>>, 'status' | 'data' | 'error'>;

/**
 * What is on screen for a query's `result`: its data when there is some (with the failure of
 * reading again as `reloadError`), otherwise `kept` (with `keep`, the data shown for an earlier
 * key) or else loading or the failure.
 */
export function shownFor<T>(
  result: Result<T>,
  kept: Boxed<T> | undefined,
): { readonly state: Remote<T>; readonly reloadError: unknown } {
  const data = result.data ?? kept;
  const failed = result.status === 'error';
  if (data !== undefined) {
    return {
      state: { status: 'ready', data: data.value },
      reloadError: failed ? result.error : undefined,
    };
  }
  if (failed) return { state: { status: 'failed', error: result.error }, reloadError: undefined };
  return { state: { status: 'loading' }, reloadError: undefined };
}

/**
 * Changes the data held for `queryKey` (nothing, and nothing dropped, when there is none yet).
 * An answer still on its way was read before the change, so it is dropped first.
 */
export async function changeHeld<T>(
  client: QueryClient,
  queryKey: QueryKey,
  change: (data: T) => T,
): Promise<void> {
  // Before the data is ready there is nothing to change, and the answer on its way stays.
  if (client.getQueryData(queryKey) === undefined) return;
  await client.cancelQueries({ queryKey, exact: true });
  client.setQueryData<Boxed<T>>(queryKey, (held) =>
    held === undefined ? undefined : { value: change(held.value) },
  );
}

/**
 * Reads `read()` for `key`, and again whenever `key` changes (a new function with the same key
 * is the same read; the newest one given is used). Only the answer to the newest request is
 * kept: an answer to an earlier one, for another key, or arriving after the screen is gone is
 * dropped. Built on the app's query cache (queries.ts): see `share` to keep an answer between
 * screens.
 *
 * @example
 * const { state, reload, reloadError, update } = useRemote(() => listRituals(id), id);
 * if (state.status === 'ready') show(state.data);
 */
export function useRemote<T>(
  read: () => Promise<T>,
  key: string,
  options: RemoteOptions = {},
): RemoteData<T> {
  const client = useQueryClient();
  const own = useId();
  const [keep] = useState(options.keep ?? false);
  const latestRead = useRef(read);
  latestRead.current = read;
  const queryKey = remoteKey(key, options.share, own);

  const result = useQuery({
    queryKey,
    queryFn: async (): Promise<Boxed<T>> => ({ value: await latestRead.current() }),
    // A screen's own read goes with the screen; a shared one stays for the next visit.
    ...(options.share === undefined ? { gcTime: 0 } : {}),
  });

  // With `keep`, the data last shown stays until the new key's answer.
  const kept = useRef<Boxed<T> | undefined>(undefined);
  if (result.data !== undefined) kept.current = result.data;
  const { state, reloadError } = shownFor(result, keep ? kept.current : undefined);

  const latestKey = useRef(queryKey);
  latestKey.current = queryKey;
  const { refetch } = result;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const update = useCallback(
    (change: (data: T) => T) => void changeHeld(client, latestKey.current, change),
    [client],
  );

  return { state, reloadError, reload, update };
}
