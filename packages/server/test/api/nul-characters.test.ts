import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { documentedRoutes, servedDocument } from '../support/openapi-document.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

const refusedForNul = (reply: { status: number; readonly error: ApiError }, label: string) => {
  expect(reply.status, label).toBe(400);
  expect(reply.error.code, label).toBe('validation_failed');
  expect(reply.error.message, label).toContain('NUL');
};

/**
 * NUL (U+0000) in any string of a request (a path part, the query string, a JSON value or key)
 * is refused with 400 before any handler or database runs, the same on both databases, signed
 * in or not. Every documented route is tried, so routes added later are covered too.
 */
describe.each(testDatabases())('NUL characters in requests on $name', (database) => {
  let server: TestServer;
  let member: Client;
  let circleId: string;
  let routes: { template: string; method: string }[];
  beforeAll(async () => {
    server = await startTestServer(database, { REMINDER_INTERVAL_SECONDS: '0' });
    const pair = await couple(server);
    member = pair.a;
    circleId = pair.circleId;
    routes = documentedRoutes(await servedDocument(member));
  });
  afterAll(async () => server?.stop());

  /** The route's path with real ids, and `nul` in place of its last parameter. */
  const pathOf = (template: string, nul?: string) => {
    const last = template.match(/\{[^}]+\}/g)?.at(-1);
    const path = nul !== undefined && last ? template.replace(last, nul) : template;
    return path.replace('{circleId}', circleId).replace(/\{[^}]+\}/g, 'an-id');
  };

  for (const signedIn of [false, true]) {
    const who = signedIn ? 'signed in' : 'signed out';
    const client = () => (signedIn ? member : server.client());

    it(`refuses NUL in a path part of every route, ${who}`, async () => {
      const withParameters = routes.filter((r) => r.template.includes('{'));
      expect(withParameters.length).toBeGreaterThan(30);
      for (const { template, method } of withParameters) {
        const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
        const reply = await client().raw(method, pathOf(template, 'x%00y'), body);
        refusedForNul(reply, `${method} ${template}`);
      }
    });

    it(`refuses NUL in the query string of every route, ${who}`, async () => {
      for (const { template, method } of routes) {
        for (const query of ['?q=%00', '?%00=1', '?endpoint=a%00b&x=1']) {
          const reply = await client().raw(method, `${pathOf(template)}${query}`);
          refusedForNul(reply, `${method} ${template}${query}`);
        }
      }
    });

    it(`refuses NUL anywhere in a JSON body, value or key, ${who}`, async () => {
      const bodies = [
        { email: 'a\u0000@x.test', password: 'a good long password' },
        { name: 'Tea', deep: [1, { list: ['fine', 'not\u0000fine'] }] },
        { ['key\u0000']: 'value' },
        ['\u0000'],
        '\u0000',
      ];
      const changing = routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
      expect(changing.length).toBeGreaterThan(30);
      for (const { template, method } of changing) {
        for (const body of bodies) {
          const reply = await client().raw(method, pathOf(template), JSON.stringify(body));
          refusedForNul(reply, `${method} ${template} ${JSON.stringify(body)}`);
        }
      }
    });
  }

  it('names where the NUL was, and changes nothing', async () => {
    const signup = await server
      .client()
      .post(
        '/api/auth/signup',
        {},
        { email: 'nul@example.test', password: 'a good long password', name: 'Ni\u0000l' },
      );
    refusedForNul(signup, 'sign-up');
    expect(signup.error.details).toEqual([
      { field: 'name', message: 'must not hold a NUL character (U+0000)' },
    ]);
    const signin = await server
      .client()
      .post(
        '/api/auth/signin',
        {},
        { email: 'nul@example.test', password: 'a good long password' },
      );
    expect(signin.status).toBe(401);
    // A key the schema does not know, sent raw.
    const key = await member.raw('POST', `/api/circles/${circleId}/acts`, { ['fo\u0000rm']: 'x' });
    refusedForNul(key, 'a key');
    expect(key.error.details).toEqual([
      { field: 'fo\\u0000rm', message: 'must not hold a NUL character (U+0000)' },
    ]);
    expect((await member.get('/api/circles/{circleId}/acts', { circleId })).body.acts).toEqual([]);
  });

  it('still takes text that only looks like a NUL, and every other character', async () => {
    // A query parameter `/api/me` does not take: sent raw.
    expect((await member.raw('GET', '/api/me?x=%2500')).status).toBe(200);
    const c = server.client();
    const reply = await c.post(
      '/api/auth/signup',
      {},
      {
        email: 'looks@example.test',
        password: 'a good long password',
        name: '\\u0000 %00 \u0001 ☕',
      },
    );
    expect(reply.status).toBe(201);
    expect(reply.body.name).toBe('\\u0000 %00 \u0001 ☕');
  });
});
