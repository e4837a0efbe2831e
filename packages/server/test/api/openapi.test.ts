import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.ts';
import { describeApi, undocumentedResponses } from '../../src/openapi.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { testDatabases } from '../support/databases.ts';
import { at, documentIn } from '../support/openapi-document.ts';

describe('the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(testDatabases()[0]!);
  });
  afterAll(async () => server?.stop());

  it('documents every API path with its schemas', async () => {
    // The document's own route is not in the document: asked for raw.
    const reply = await server.client().raw('GET', '/api/openapi.json');
    expect(reply.status).toBe(200);
    const document = documentIn(reply.body);
    expect(document.openapi).toMatch(/^3\./);
    const paths = Object.keys(document.paths);
    for (const path of [
      '/api/auth/signup',
      '/api/auth/signin',
      '/api/auth/signout',
      '/api/me',
      '/api/circles',
      '/api/circles/{circleId}',
      '/api/circles/{circleId}/invitations',
      '/api/invitations/{token}',
      '/api/invitations/{token}/accept',
      '/api/circles/{circleId}/acts',
      '/api/circles/{circleId}/acts/{actId}/acknowledge',
      '/api/circles/{circleId}/summary',
      '/api/health',
    ]) {
      expect(paths, path).toContain(path);
    }
    const logAct = at(document, 'paths', '/api/circles/{circleId}/acts', 'post');
    const body = at(logAct, 'requestBody', 'content', 'application/json', 'schema');
    expect(at(body, 'properties', 'form', 'enum')).toContain('mental_load');
  });

  it('gives every route a response schema, and error codes as the closed set', async () => {
    const reply = await server.client().raw('GET', '/api/openapi.json');
    const document = documentIn(reply.body);
    expect(Object.keys(document.paths).length).toBeGreaterThan(80);
    expect(undocumentedResponses(document)).toEqual([]);
    const error = at(document, 'components', 'schemas', 'ApiError', 'properties', 'error');
    expect(at(error, 'properties', 'code', 'enum')).toEqual(ERROR_CODES);
    const unauthenticated = at(document, 'paths', '/api/me', 'get', 'responses', '401');
    expect(at(unauthenticated, 'content', 'application/json')).toEqual({
      schema: { $ref: '#/components/schemas/ApiError' },
    });
    // The document `npm run gen:api` types the web app from is the one the server serves.
    expect(await describeApi()).toEqual(document);
  });

  it('sends security headers, and explains schema failures in plain words', async () => {
    const c = server.client();
    const reply = await c.get('/api/health');
    expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    // A body the schema refuses, sent as it is.
    const bad = await c.raw('POST', '/api/auth/signup', {
      email: 'nope',
      password: 'x',
      name: 'N',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.error.details).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'is not in the expected form' },
        { field: 'password', message: 'must be at least 8 characters' },
        { field: 'extra', message: 'is not something this request takes' },
      ]),
    );
    expect(bad.error.message).not.toMatch(/\^|\$|pattern/);
  });

  it('answers unknown API paths with the error shape', async () => {
    const reply = await server.client().raw('GET', '/api/nowhere');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
