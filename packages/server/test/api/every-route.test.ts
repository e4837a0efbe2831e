import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS } from '../../src/http/security-headers.ts';
import { testDatabases } from '../support/databases.ts';
import { documentedRoutes, servedDocument } from '../support/openapi-document.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

const hasSecurityHeaders = (reply: { readonly headers: Headers }, label: string) => {
  for (const [name, value] of Object.entries(HEADERS))
    expect(reply.headers.get(name), `${label}: ${name}`).toBe(value);
};

/**
 * Two promises held for every route of the OpenAPI document, so a route added later is covered
 * without touching this file: each answer carries the security headers, and each request that
 * could change something is refused with 403 when it comes from another site.
 */
describe.each(testDatabases())('every documented route on $name', (database) => {
  let server: TestServer;
  let routes: { template: string; method: string }[];
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
    routes = documentedRoutes(await servedDocument(server.client()));
  });
  afterAll(async () => server?.stop());

  const pathOf = (template: string, circleId: string) =>
    template.replace('{circleId}', circleId).replace(/\{[^}]+\}/g, () => randomUUID());

  it('sends the security headers on every answer', async () => {
    const { a, circleId } = await couple(server);
    expect(routes.length).toBeGreaterThan(50);
    for (const { template, method } of routes) {
      const label = `${method} ${template}`;
      // Reads as a member; anything that could change something is sent signed out, so that
      // no route (signing out, deleting an account) changes the member's state on the way.
      const client = CHANGING.includes(method) ? server.client() : a;
      const withBody = ['POST', 'PUT', 'PATCH'].includes(method);
      // Any route of the document, with made-up ids and an empty body: sent raw.
      const reply = await client.raw(method, pathOf(template, circleId), withBody ? {} : undefined);
      expect(reply.status, label).toBeLessThan(500);
      hasSecurityHeaders(reply, label);
    }
  });

  it('refuses every state-changing request from another site with 403, changing nothing', async () => {
    const { a, circleId, bMember } = await couple(server);
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'practical' },
    );
    const changing = routes.filter((r) => CHANGING.includes(r.method));
    expect(changing.length).toBeGreaterThan(30);
    for (const { template, method } of changing) {
      for (const [how, headers] of [
        ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
        ['Origin of another site', { origin: 'https://elsewhere.example' }],
        ['Origin of another port', { origin: server.url.replace(/:(\d+)$/, ':1') }],
      ] as const) {
        const label = `${method} ${template} (${how})`;
        const reply = await a.raw(method, pathOf(template, circleId), {}, headers);
        expect(reply.status, label).toBe(403);
        expect(reply.body, label).toEqual({
          error: { code: 'forbidden', message: expect.any(String) },
        });
        hasSecurityHeaders(reply, label);
      }
    }
    // Still signed in, the circle and its act still there.
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toHaveLength(1);
  });
});
