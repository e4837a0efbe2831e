import { afterEach, describe, expect, it, vi } from 'vitest';
import { listUpdates, markUpdatesRead } from './api-updates.ts';

const calls: { url: string; init: RequestInit }[] = [];

function answer(status: number, body: unknown) {
  calls.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('updates client', () => {
  it('asks for a page, older than an update when given', async () => {
    answer(200, { updates: [], unread: 0, next: null });
    await listUpdates();
    await listUpdates({ before: 'u 9', limit: 30 });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/me/updates',
      '/api/me/updates?before=u+9&limit=30',
    ]);
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('marks some or all read, answering the count still unread', async () => {
    answer(200, { unread: 2 });
    await expect(markUpdatesRead({ ids: ['u1'] })).resolves.toEqual({ unread: 2 });
    await markUpdatesRead({ all: true });
    expect(calls.map((c) => [c.url, c.init.method, JSON.parse(String(c.init.body))])).toEqual([
      ['/api/me/updates/read', 'POST', { ids: ['u1'] }],
      ['/api/me/updates/read', 'POST', { all: true }],
    ]);
  });

  it('reads an unknown id as not found, in the error shape', async () => {
    answer(404, { error: { code: 'not_found', message: 'No such update.' } });
    await expect(markUpdatesRead({ ids: ['nope'] })).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
