import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getCircle, type ErrorCode, type ServerErrorCode } from './api.ts';
import { describeError, isApiError } from './errors.ts';
import { t } from './i18n/index.ts';

/** Every code of the server's closed set; the type holds it to the generated union. */
const SERVER_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'pending',
  'not_found',
  'request_timeout',
  'conflict',
  'circle_full',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'rate_limited',
  'headers_too_large',
  'internal',
  'unavailable',
] as const satisfies readonly ServerErrorCode[];

const answerWith = (status: number, body: unknown) =>
  vi.stubGlobal(
    'fetch',
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('describeError', () => {
  it('says every code in the app’s own words, never the server’s text', () => {
    for (const code of [...SERVER_CODES, 'network', 'bad_response'] as ErrorCode[]) {
      const said = describeError(new ApiError(400, code, 'SERVER TEXT'));
      expect(said, code).not.toContain('SERVER TEXT');
      expect(said.length, code).toBeGreaterThan(10);
    }
    expect(describeError(new ApiError(409, 'circle_full', 'x'))).toBe(t('error.code.circle_full'));
    expect(describeError(new ApiError(0, 'network', ''))).toBe(t('error.network'));
    expect(describeError(new Error('boom'))).toBe(t('error.unexpected'));
  });

  it('uses a screen’s own words for the codes it names, and the app’s for the others', () => {
    const words = { conflict: 'Already answered.' };
    expect(describeError(new ApiError(409, 'conflict', 'x'), words)).toBe('Already answered.');
    expect(describeError(new ApiError(404, 'not_found', 'x'), words)).toBe(
      t('error.code.not_found'),
    );
  });

  it('reads a code outside the closed set as a bad answer', async () => {
    answerWith(418, { error: { code: 'teapot', message: 'I am a teapot.' } });
    const error = await getCircle('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 418, code: 'bad_response' });
    expect(isApiError(error, 'bad_response')).toBe(true);
    expect(describeError(error)).toBe(t('error.unexpected'));
  });

  it('keeps the server’s code and message on the error, for logs and tests', async () => {
    answerWith(409, { error: { code: 'circle_full', message: 'This couple has two people.' } });
    const error = await getCircle('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'circle_full', message: 'This couple has two people.' });
    expect(describeError(error)).toBe(t('error.code.circle_full'));
  });
});
