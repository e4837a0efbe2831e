import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentUnread, forgetUnread, markedRead, refreshUnread } from './unread.ts';

/** A fetch that answers each call when the test says so, with the unread count given. */
function heldFetch() {
  const calls: { url: string; answer: (unread: number) => void }[] = [];
  vi.stubGlobal(
    'fetch',
    (url: string) =>
      new Promise<Response>((resolve) => {
        calls.push({
          url,
          answer: (unread) =>
            resolve(
              new Response(JSON.stringify({ updates: [], unread, next: null }), {
                status: 200,
              }),
            ),
        });
      }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetUnread();
});

describe('the unread count', () => {
  it('asks for one update and keeps the count it hears', async () => {
    const calls = heldFetch();
    const asked = refreshUnread();
    expect(calls.map((c) => c.url)).toEqual(['/api/me/updates?limit=1']);
    calls[0]!.answer(3);
    await asked;
    expect(currentUnread()).toBe(3);
  });

  it('shares one question among callers while it is on its way', async () => {
    const calls = heldFetch();
    const first = refreshUnread();
    const second = refreshUnread();
    expect(calls).toHaveLength(1);
    calls[0]!.answer(2);
    await Promise.all([first, second]);
    expect(currentUnread()).toBe(2);
  });

  it('does not hear an answer to a question asked before something was marked read', async () => {
    const calls = heldFetch();
    const asked = refreshUnread();
    markedRead(0); // the person just opened their one unread update
    calls[0]!.answer(1);
    await asked;
    expect(currentUnread()).toBe(0);

    const again = refreshUnread();
    calls[1]!.answer(2); // asked after: a new update came
    await again;
    expect(currentUnread()).toBe(2);
  });

  it('forgets the count on signing out, and an answer still on its way with it', async () => {
    const calls = heldFetch();
    markedRead(5);
    const asked = refreshUnread();
    forgetUnread();
    calls[0]!.answer(5);
    await asked;
    expect(currentUnread()).toBeUndefined();
  });

  it('keeps the count on screen when the server cannot be reached', async () => {
    markedRead(4);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await refreshUnread();
    expect(currentUnread()).toBe(4);
  });
});
