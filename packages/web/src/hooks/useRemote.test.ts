import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changeHeld, shownFor, type Boxed } from './useRemote.ts';

/** A promise settled by hand, so answers can arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * One read in a query cache as useRemote makes it (no DOM): `answers` are handed out in turn to
 * each request; `shown()` is what the screen shows.
 */
function setUp<T>(answers: Promise<T>[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const queryKey = ['remote', 'test', 'c1'];
  let asked = 0;
  const observer = new QueryObserver<Boxed<T>>(client, {
    queryKey,
    queryFn: async () => ({ value: await answers[asked++]! }),
  });
  const stop = observer.subscribe(() => undefined);
  const shown = (kept?: Boxed<T>) => shownFor(observer.getCurrentResult(), kept);
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { client, queryKey, observer, shown, stop, settled };
}

describe('useRemote', () => {
  it('is loading until the answer arrives, then ready with its data', async () => {
    const answer = deferred<string[]>();
    const { shown, settled, stop } = setUp([answer.promise]);
    expect(shown().state).toEqual({ status: 'loading' });
    answer.resolve(['a']);
    await settled();
    expect(shown()).toEqual({ state: { status: 'ready', data: ['a'] }, reloadError: undefined });
    stop();
  });

  it('fails when nothing was read yet', async () => {
    const { shown, settled, stop } = setUp<string>([Promise.reject(new Error('offline'))]);
    await settled();
    expect(shown().state).toEqual({ status: 'failed', error: new Error('offline') });
    stop();
  });

  it('keeps the data on screen when reading again fails, and says why until an answer comes', async () => {
    const { shown, observer, stop } = setUp<number>([
      Promise.resolve(1),
      Promise.reject(new Error('offline')),
      Promise.resolve(2),
    ]);
    await observer.refetch();
    expect(shown()).toEqual({ state: { status: 'ready', data: 1 }, reloadError: undefined });
    await observer.refetch();
    expect(shown()).toEqual({
      state: { status: 'ready', data: 1 },
      reloadError: new Error('offline'),
    });
    await observer.refetch();
    expect(shown()).toEqual({ state: { status: 'ready', data: 2 }, reloadError: undefined });
    stop();
  });

  it('keeps only the answer to the newest request, whichever arrives first', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const { shown, observer, stop } = setUp([
      Promise.resolve('shown'),
      first.promise,
      second.promise,
    ]);
    await observer.refetch();
    const one = observer.refetch();
    const two = observer.refetch();
    second.resolve('new');
    await two;
    first.resolve('old');
    await one;
    expect(shown().state).toEqual({ status: 'ready', data: 'new' });
    stop();
  });

  it('with keep, shows the data of the key before until the new answer, and keeps it on a failure', () => {
    const kept = { value: 'before' };
    expect(shownFor<string>({ status: 'pending', data: undefined, error: null }, kept)).toEqual({
      state: { status: 'ready', data: 'before' },
      reloadError: undefined,
    });
    const error = new Error('offline');
    expect(shownFor<string>({ status: 'error', data: undefined, error }, kept)).toEqual({
      state: { status: 'ready', data: 'before' },
      reloadError: error,
    });
    expect(
      shownFor<string>({ status: 'pending', data: undefined, error: null }, undefined),
    ).toEqual({ state: { status: 'loading' }, reloadError: undefined });
  });

  it('changes the data at once, and drops an answer read before the change', async () => {
    const stale = deferred<string[]>();
    const { client, queryKey, observer, shown, settled, stop } = setUp([
      Promise.resolve(['a']),
      stale.promise,
    ]);
    await settled();
    void observer.refetch();
    await changeHeld<string[]>(client, queryKey, (list) => [...list, 'b']);
    stale.resolve(['read before the change']);
    await settled();
    expect(shown().state).toEqual({ status: 'ready', data: ['a', 'b'] });
    stop();
  });

  it('changes nothing before the data is ready', async () => {
    const answer = deferred<string[]>();
    const { client, queryKey, shown, settled, stop } = setUp([answer.promise]);
    await changeHeld<string[]>(client, queryKey, (list) => [...list, 'b']);
    expect(shown().state).toEqual({ status: 'loading' });
    answer.resolve(['a']);
    await settled();
    expect(shown().state).toEqual({ status: 'ready', data: ['a'] });
    stop();
  });
});
