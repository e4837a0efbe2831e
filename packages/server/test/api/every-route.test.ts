import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS } from '../../src/http/security-headers.ts';
import type { LegacyReply as Reply } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

const hasSecurityHeaders = (reply: Reply, label: string) => {
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
    const paths = (await server.client().legacyGet('/api/openapi.json')).body.paths as Record<
      string,
      Record<string, unknown>
    >;
    routes = Object.entries(paths).flatMap(([template, operations]) =>
      Object.keys(operations).map((method) => ({ template, method: method.toUpperCase() })),
    );
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
      const reply = await client.legacyRequest(
        method,
        pathOf(template, circleId),
        withBody ? {} : undefined,
      );
      expect(reply.status, label).toBeLessThan(500);
      hasSecurityHeaders(reply, label);
    }
  });

  it('refuses every state-changing request from another site with 403, changing nothing', async () => {
    const { a, circleId, bMember } = await couple(server);
    await a.legacyPost(`/api/circles/${circleId}/acts`, { toMemberId: bMember, form: 'practical' });
    const changing = routes.filter((r) => CHANGING.includes(r.method));
    expect(changing.length).toBeGreaterThan(30);
    for (const { template, method } of changing) {
      for (const [how, headers] of [
        ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
        ['Origin of another site', { origin: 'https://elsewhere.example' }],
        ['Origin of another port', { origin: server.url.replace(/:(\d+)$/, ':1') }],
      ] as const) {
        const label = `${method} ${template} (${how})`;
        const reply = await a.legacyRequest(method, pathOf(template, circleId), {}, headers);
        expect(reply.status, label).toBe(403);
        expect(reply.body, label).toEqual({
          error: { code: 'forbidden', message: expect.any(String) },
        });
        hasSecurityHeaders(reply, label);
      }
    }
    // Still signed in, the circle and its act still there.
    expect((await a.legacyGet('/api/me')).status).toBe(200);
    expect((await a.legacyGet(`/api/circles/${circleId}/acts`)).body.acts).toHaveLength(1);
  });
});
