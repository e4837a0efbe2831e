import { describe, expect, it } from 'vitest';
import { clientErrorResponse } from './errors.ts';

/** The status, headers and JSON body of a raw HTTP response. */
function read(response: string) {
  const [head, body] = response.split('\r\n\r\n') as [string, string];
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return {
    statusLine,
    headers,
    body: JSON.parse(body) as unknown,
    bodyBytes: Buffer.byteLength(body),
  };
}

describe('clientErrorResponse', () => {
  it('answers each kind of unreadable request with its status and code, in the error shape', () => {
    for (const [errorCode, statusLine, code] of [
      ['HPE_HEADER_OVERFLOW', 'HTTP/1.1 431 Request Header Fields Too Large', 'headers_too_large'],
      ['ERR_HTTP_REQUEST_TIMEOUT', 'HTTP/1.1 408 Request Timeout', 'request_timeout'],
      ['HPE_INVALID_METHOD', 'HTTP/1.1 400 Bad Request', 'validation_failed'],
      [undefined, 'HTTP/1.1 400 Bad Request', 'validation_failed'],
    ] as const) {
      const response = read(clientErrorResponse(errorCode));
      expect(response.statusLine).toBe(statusLine);
      expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(response.headers['content-length'])).toBe(response.bodyBytes);
      expect(response.headers.connection).toBe('close');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
