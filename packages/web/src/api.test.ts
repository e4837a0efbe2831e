import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  deleteAct,
  getCircle,
  logAct,
  problemsOf,
  setUnauthenticatedHandler,
  signOut,
  updateAct,
} from './api.ts';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

function stubFetch(response: () => Response): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  });
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(undefined);
});

describe('api client', () => {
  it('sends JSON with a content type only when there is a body', async () => {
    const calls = stubFetch(() => json(201, { id: 'a1' }));
    await logAct('c 1', { toMemberId: 'm2', form: 'repair', effort: 2 });
    const [call] = calls;
    expect(call?.url).toBe('/api/circles/c%201/acts');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.credentials).toBe('same-origin');
    expect(call?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(call?.init.body))).toEqual({
      toMemberId: 'm2',
      form: 'repair',
      effort: 2,
    });

    const noBody = stubFetch(() => new Response(null, { status: 204 }));
    await expect(signOut()).resolves.toBeUndefined();
    expect(noBody[0]?.init.body).toBeUndefined();
    expect(noBody[0]?.init.headers).toEqual({});
  });

  it('turns an error body into an ApiError with the server message', async () => {
    stubFetch(() => json(404, { error: { code: 'not_found', message: 'No such circle.' } }));
    const error = await getCircle('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'No such circle.' });
  });

  it('keeps the details of an error in their documented shapes, and drops any other', async () => {
    const failing = async (details: unknown) => {
      stubFetch(() => json(400, { error: { code: 'validation_failed', message: 'x', details } }));
      const error = await getCircle('x').catch((e: unknown) => e);
      if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
      return error;
    };
    const listed = await failing([
      { field: 'title', message: 'is empty' },
      { reason: 'not_ready' },
    ]);
    expect(problemsOf(listed)).toEqual([
      { field: 'title', message: 'is empty' },
      { reason: 'not_ready' },
    ]);
    const conflict = await failing({ circleId: 'c1' });
    expect(conflict.details).toEqual({ circleId: 'c1' });
    expect(problemsOf(conflict)).toEqual([]);
    expect((await failing({ closableFrom: '2026-01-02T00:00:00.000Z' })).details).toEqual({
      closableFrom: '2026-01-02T00:00:00.000Z',
    });
    for (const odd of [[{ field: 3 }], 'text', { other: 1 }, [null]]) {
      const error = await failing(odd);
      expect(error.details, JSON.stringify(odd)).toBeUndefined();
      expect(error.code).toBe('validation_failed');
      expect(problemsOf(error)).toEqual([]);
    }
  });

  it('reports 401 to the app so it can ask to sign in', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    stubFetch(() => json(401, { error: { code: 'unauthenticated', message: 'Please sign in.' } }));
    await expect(getCircle('x')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('names a failure to reach the server', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(getCircle('x')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('changes an act with PATCH, sending a cleared note as null', async () => {
    const calls = stubFetch(() => json(200, { id: 'a1', note: null }));
    await updateAct('c1', 'a 1', { form: 'healing', note: null });
    expect(calls[0]?.url).toBe('/api/circles/c1/acts/a%201');
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ form: 'healing', note: null });
  });

  it('removes an act with DELETE and reads a refusal as forbidden', async () => {
    const calls = stubFetch(() => new Response(null, { status: 204 }));
    await expect(deleteAct('c1', 'a1')).resolves.toBeUndefined();
    expect(calls[0]?.init.method).toBe('DELETE');
    expect(calls[0]?.url).toBe('/api/circles/c1/acts/a1');

    stubFetch(() => json(403, { error: { code: 'forbidden', message: 'Only the giver can.' } }));
    await expect(deleteAct('c1', 'a2')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
