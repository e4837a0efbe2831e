import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { testDatabases } from '../support/databases.ts';

describe('the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(testDatabases()[0]!);
  });
  afterAll(async () => server?.stop());

  it('documents every API path with its schemas', async () => {
    const reply = await server.client().get('/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(reply.body.paths);
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
    const logAct = reply.body.paths['/api/circles/{circleId}/acts'].post;
    expect(logAct.requestBody.content['application/json'].schema.properties.form.enum).toContain(
      'mental_load',
    );
  });

  it('answers unknown API paths with the error shape', async () => {
    const reply = await server.client().get('/api/nowhere');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
