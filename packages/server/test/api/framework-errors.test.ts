import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { rawRequest, type RawReply } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const errorShape = (reply: RawReply, status: number, code: string) => {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  expect(reply.body).toEqual({ error: { code, message: expect.any(String) } });
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
};

/**
 * Errors that Fastify or Node's HTTP parser raise before any route runs still answer in the
 * one error shape, with one of the API's codes, over a real socket.
 */
describe('errors raised before any route runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No database is reached by these requests: one database is enough.
    server = await startTestServer(testDatabases()[0]!, { REMINDER_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => server?.stop());

  const get = (path: string, headers = '') =>
    rawRequest(server.url, `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`);

  it('answers a path part longer than the router takes with 414 uri_too_long', async () => {
    errorShape(await get(`/api/circles/${'a'.repeat(200)}`), 414, 'uri_too_long');
  });

  it('answers a broken percent-encoding with 400 validation_failed', async () => {
    errorShape(await get('/api/circles/%E0%A4%A'), 400, 'validation_failed');
    errorShape(await get('/api/circles/%zz'), 400, 'validation_failed');
  });

  it('answers headers too large for the HTTP parser with 431 headers_too_large', async () => {
    errorShape(
      await get('/api/health', `X-Big: ${'a'.repeat(20_000)}\r\n`),
      431,
      'headers_too_large',
    );
    errorShape(await get(`/api/health?q=${'a'.repeat(20_000)}`), 431, 'headers_too_large');
  });

  it('answers a request that is not HTTP with 400 validation_failed', async () => {
    for (const request of [
      'BREW /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: twelve\r\n\r\n',
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n',
    ]) {
      errorShape(await rawRequest(server.url, request), 400, 'validation_failed');
    }
  });

  it('answers unknown routes and methods a route does not take in the same shape', async () => {
    errorShape(await get('/api/nowhere'), 404, 'not_found');
    for (const method of ['PATCH', 'PUT', 'DELETE', 'PROPFIND', 'TRACE']) {
      const reply = await rawRequest(
        server.url,
        `${method} /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n`,
      );
      errorShape(reply, 404, 'not_found');
    }
    errorShape(
      await rawRequest(server.url, 'QUERY /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      400,
      'validation_failed',
    );
  });
});
