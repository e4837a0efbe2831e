import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentUnread, forgetUnread, refreshUnread, setUnread } from './unread.ts';

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
              new Response(JSON.stringify({ updates: [], unread, nextBefore: null }), {
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

  it('lets a count set after a question was asked win over that question’s older answer', async () => {
    const calls = heldFetch();
    const asked = refreshUnread();
    setUnread(0); // e.g. the person just opened their one unread update
    calls[0]!.answer(1);
    await asked;
    expect(currentUnread()).toBe(0);
  });

  it('keeps the count on screen when the server cannot be reached', async () => {
    setUnread(4);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await refreshUnread();
    expect(currentUnread()).toBe(4);
  });
});
