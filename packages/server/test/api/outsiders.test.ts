import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases.ts';
import { servedDocument } from '../support/openapi-document.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/**
 * The promise behind every circle route, checked against the OpenAPI document so a route added
 * later is covered too: to someone outside a circle, every path under it answers 404 (or, for a
 * body that does not even pass the schema, 400) — never a success, a 403 that confirms the
 * circle exists, or a 500.
 */
describe.each(testDatabases())('every circle path to an outsider on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('answers as if the circle did not exist', async () => {
    const { a, circleId, bMember } = await couple(server);
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'practical' },
    );
    const outsider = await server.signUp('Outsider');
    const { paths } = await servedDocument(outsider);
    const circlePaths = Object.entries(paths).filter(([path]) => path.includes('{circleId}'));
    expect(circlePaths.length).toBeGreaterThan(30);
    for (const [template, operations] of circlePaths) {
      const path = template
        .replace('{circleId}', circleId)
        .replace(/\{[^}]+\}/g, () => randomUUID());
      for (const method of Object.keys(operations)) {
        const withBody = ['post', 'put', 'patch'].includes(method);
        // Any circle route of the document, with made-up ids and an empty body: sent raw.
        const reply = await outsider.raw(method.toUpperCase(), path, withBody ? {} : undefined);
        const label = `${method.toUpperCase()} ${template}`;
        if (reply.status === 400) expect(reply.error.code, label).toBe('validation_failed');
        else expect(reply.status, label).toBe(404);
      }
    }
    // And the circle's data is untouched.
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toHaveLength(1);
  });
});
