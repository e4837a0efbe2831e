import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  changePassword,
  deleteAccount,
  downloads,
  endSession,
  requestPasswordReset,
  resendEmailConfirmation,
} from './api-account.ts';
import { ApiError } from './api.ts';

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

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('account client', () => {
  it('takes an accepted request without a body as done', async () => {
    const calls = stubFetch(() => new Response('', { status: 202 }));
    await expect(requestPasswordReset('sam@example.test')).resolves.toBeUndefined();
    expect(calls[0]?.url).toBe('/api/auth/reset-request');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ email: 'sam@example.test' });
    await expect(resendEmailConfirmation()).resolves.toBeUndefined();
    expect(calls[1]?.init.method).toBe('POST');
  });

  it('still reads an error without a body as an error', async () => {
    stubFetch(() => new Response('', { status: 429 }));
    await expect(resendEmailConfirmation()).rejects.toBeInstanceOf(ApiError);
  });

  it('sends the password where the contract asks for it', async () => {
    const calls = stubFetch(() => new Response(null, { status: 204 }));
    await changePassword({ current: 'old one', next: 'new one!' });
    await deleteAccount('old one');
    await endSession('s 1');
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ['PUT', '/api/me/password'],
      ['DELETE', '/api/me'],
      ['DELETE', '/api/me/sessions/s%201'],
    ]);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      current: 'old one',
      next: 'new one!',
    });
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ password: 'old one' });
  });

  it('builds download addresses for plain links', () => {
    expect(downloads.export()).toBe('/api/me/export');
    expect(downloads.actsCsv('c/1')).toBe('/api/circles/c%2F1/acts.csv');
  });
});
