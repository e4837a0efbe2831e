import { useCallback, useEffect, useRef, useState } from 'react';

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

/** What is held: the state read for `key`, and why reading it again failed. */
export interface Held<T> {
  readonly key: string;
  readonly state: Remote<T>;
  readonly reloadError?: unknown;
}

const LOADING: Remote<never> = { status: 'loading' };

/** What is on screen for `key`: what is held for it (or, with `keep`, for an earlier key). */
export function shownFor<T>(
  held: Held<T> | undefined,
  key: string,
  keep: boolean,
): { readonly state: Remote<T>; readonly reloadError: unknown } {
  if (held === undefined || (held.key !== key && !keep)) {
    return { state: LOADING, reloadError: undefined };
  }
  return { state: held.state, reloadError: held.reloadError };
}

/**
 * The rules of `useRemote` without React: `commit` receives each change of what is held.
 * Requests are numbered and only the answer to the newest is committed; `drop()` makes every
 * answer still on its way count for nothing.
 */
export function remoteReader<T>(
  commit: (next: (held: Held<T> | undefined) => Held<T> | undefined) => void,
  keep: boolean,
) {
  let asked = 0;
  /** The key whose data is ready, known at once (`commit` may apply later). */
  let readyKey: string | undefined;

  return {
    /** Reads `read()` for `key`; resolves once its answer is committed or dropped. */
    async ask(key: string, read: () => Promise<T>): Promise<void> {
      const request = ++asked;
      let answer: { readonly data: T } | { readonly error: unknown };
      try {
        answer = { data: await read() };
      } catch (error) {
        answer = { error };
      }
      if (request !== asked) return;
      if ('data' in answer) {
        readyKey = key;
        commit(() => ({ key, state: { status: 'ready', data: answer.data } }));
        return;
      }
      const keepsData = readyKey !== undefined && (readyKey === key || keep);
      if (!keepsData) readyKey = undefined;
      commit((held) =>
        keepsData && held
          ? { ...held, reloadError: answer.error }
          : { key, state: { status: 'failed', error: answer.error } },
      );
    },

    /** Every answer still on its way is dropped. */
    drop(): void {
      asked++;
    },

    /** Changes the data ready for `key`; an answer still on its way may predate the change. */
    update(key: string, change: (data: T) => T): void {
      if (readyKey !== key) return;
      asked++;
      commit((held) =>
        held?.key === key && held.state.status === 'ready'
          ? { ...held, state: { status: 'ready', data: change(held.state.data) } }
          : held,
      );
    },
  };
}

/**
 * Reads `read()` for `key`, and again whenever `key` changes (a new function with the same key
 * is the same read; the newest one given is used). Only the answer to the newest request is
 * kept: an answer to an earlier one, for another key, or arriving after the screen is gone is
 * dropped.
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
  const [held, setHeld] = useState<Held<T>>();
  const [keep] = useState(options.keep ?? false);
  const [reader] = useState(() => remoteReader<T>(setHeld, keep));
  const latestRead = useRef(read);
  latestRead.current = read;
  const latestKey = useRef(key);
  latestKey.current = key;

  useEffect(() => {
    void reader.ask(key, () => latestRead.current());
    // An answer for a key no longer shown, or after the screen is gone, is dropped.
    return () => reader.drop();
  }, [key, reader]);

  const reload = useCallback(
    () => reader.ask(latestKey.current, () => latestRead.current()),
    [reader],
  );
  const update = useCallback(
    (change: (data: T) => T) => reader.update(latestKey.current, change),
    [reader],
  );

  const { state, reloadError } = shownFor(held, key, keep);
  return { state, reloadError, reload, update };
}
