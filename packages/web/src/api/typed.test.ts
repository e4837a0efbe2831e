import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, fillPath } from './typed.ts';

const calls: { url: string; init: RequestInit }[] = [];

function answer(status: number, body: unknown) {
  calls.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the typed API', () => {
  it('fills path templates, each value percent-encoded, and refuses a missing one', () => {
    expect(
      fillPath('/api/circles/{circleId}/acts/{actId}', { circleId: 'c 1', actId: 'a/2' }),
    ).toBe('/api/circles/c%201/acts/a%2F2');
    expect(() => fillPath('/api/circles/{circleId}', {})).toThrow(/circleId/);
  });

  it('sends the path, query and body of a route, and answers its JSON body', async () => {
    answer(200, { id: 'a1' });
    const act = await api.patch('/api/circles/{circleId}/acts/{actId}', {
      path: { circleId: 'c1', actId: 'a 1' },
      body: { note: null },
    });
    expect(act).toEqual({ id: 'a1' });
    expect(calls[0]?.url).toBe('/api/circles/c1/acts/a%201');
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ note: null });

    answer(200, { acts: [] });
    await api.get('/api/circles/{circleId}/acts', {
      path: { circleId: 'c1' },
      query: { limit: 5, from: undefined },
    });
    expect(calls[0]?.url).toBe('/api/circles/c1/acts?limit=5');
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it('answers undefined for a 204', async () => {
    answer(204, undefined);
    await expect(api.post('/api/auth/signout')).resolves.toBeUndefined();
    expect(calls[0]?.url).toBe('/api/auth/signout');
  });
});
