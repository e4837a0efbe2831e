import { describe, expect, it } from 'vitest';
import { remoteReader, shownFor, type Held } from './useRemote.ts';

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

/** A reader whose commits apply to `held` at once, as React would by the next render. */
function setUp<T>(keep = false) {
  const box: { held: Held<T> | undefined } = { held: undefined };
  const reader = remoteReader<T>((next) => {
    box.held = next(box.held);
  }, keep);
  const shown = (key: string) => shownFor(box.held, key, keep);
  return { box, reader, shown };
}

describe('useRemote', () => {
  it('is loading until the answer arrives, then ready with its data', async () => {
    const { reader, shown } = setUp<string[]>();
    const answer = deferred<string[]>();
    const asked = reader.ask('c1', () => answer.promise);
    expect(shown('c1').state).toEqual({ status: 'loading' });
    answer.resolve(['a']);
    await asked;
    expect(shown('c1')).toEqual({
      state: { status: 'ready', data: ['a'] },
      reloadError: undefined,
    });
  });

  it('fails when nothing was read yet', async () => {
    const { reader, shown } = setUp<string>();
    await reader.ask('c1', () => Promise.reject(new Error('offline')));
    expect(shown('c1').state).toEqual({ status: 'failed', error: new Error('offline') });
  });

  it('keeps the data on screen when reading again fails, and says why until an answer comes', async () => {
    const { reader, shown } = setUp<number>();
    await reader.ask('c1', () => Promise.resolve(1));
    await reader.ask('c1', () => Promise.reject(new Error('offline')));
    expect(shown('c1')).toEqual({
      state: { status: 'ready', data: 1 },
      reloadError: new Error('offline'),
    });
    await reader.ask('c1', () => Promise.resolve(2));
    expect(shown('c1')).toEqual({ state: { status: 'ready', data: 2 }, reloadError: undefined });
  });

  it('keeps only the answer to the newest request, whichever arrives first', async () => {
    const { reader, shown } = setUp<string>();
    const first = deferred<string>();
    const second = deferred<string>();
    const asked = [reader.ask('c1', () => first.promise), reader.ask('c1', () => second.promise)];
    second.resolve('new');
    first.resolve('old');
    await Promise.all(asked);
    expect(shown('c1').state).toEqual({ status: 'ready', data: 'new' });
  });

  it('drops every answer on its way (another key, or the screen gone)', async () => {
    const { reader, box } = setUp<string>();
    const answer = deferred<string>();
    const asked = reader.ask('c1', () => answer.promise);
    reader.drop();
    answer.resolve('late');
    await asked;
    expect(box.held).toBeUndefined();
  });

  it('shows loading for a new key, never the data of the one before', async () => {
    const { reader, shown } = setUp<string>();
    await reader.ask('c1', () => Promise.resolve('one'));
    expect(shown('c2').state).toEqual({ status: 'loading' });
    await reader.ask('c2', () => Promise.reject(new Error('gone')));
    expect(shown('c2').state).toEqual({ status: 'failed', error: new Error('gone') });
  });

  it('with keep, shows the data of the key before until the new answer, and keeps it on a failure', async () => {
    const { reader, shown } = setUp<string>(true);
    await reader.ask('7', () => Promise.resolve('week'));
    const month = deferred<string>();
    const asked = reader.ask('30', () => month.promise);
    expect(shown('30').state).toEqual({ status: 'ready', data: 'week' });
    month.reject(new Error('offline'));
    await asked;
    expect(shown('30')).toEqual({
      state: { status: 'ready', data: 'week' },
      reloadError: new Error('offline'),
    });
    await reader.ask('30', () => Promise.resolve('month'));
    expect(shown('30')).toEqual({
      state: { status: 'ready', data: 'month' },
      reloadError: undefined,
    });
  });

  it('changes the data at once, and drops an answer read before the change', async () => {
    const { reader, shown } = setUp<readonly string[]>();
    await reader.ask('c1', () => Promise.resolve(['a', 'b']));
    const stale = deferred<readonly string[]>();
    const asked = reader.ask('c1', () => stale.promise);
    reader.update('c1', (list) => list.filter((item) => item !== 'b'));
    expect(shown('c1').state).toEqual({ status: 'ready', data: ['a'] });
    stale.resolve(['a', 'b']);
    await asked;
    expect(shown('c1').state).toEqual({ status: 'ready', data: ['a'] });
  });

  it('changes nothing, and drops nothing, before the data is ready', async () => {
    const { reader, shown } = setUp<string>();
    const answer = deferred<string>();
    const asked = reader.ask('c1', () => answer.promise);
    reader.update('c1', () => 'changed');
    answer.resolve('read');
    await asked;
    expect(shown('c1').state).toEqual({ status: 'ready', data: 'read' });
    reader.update('c2', () => 'other key');
    expect(shown('c1').state).toEqual({ status: 'ready', data: 'read' });
  });
});
