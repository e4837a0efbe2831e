import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { startRecipro } from '../../src/server.ts';
import { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { join } from '../support/server.ts';

// In-memory PGlite forgets everything on close by design, so a restart proves nothing there.
describe.each(testDatabases().filter((d) => !d.name.includes('PGlite')))(
  'durability on $name',
  (database) => {
    it('an acknowledged act survives a restart of the server', async () => {
      const { config: dbConfig, drop } = await database.create();
      const config = {
        ...parseConfig({}, { port: 0, logLevel: 'silent', webDir: null }),
        database: dbConfig,
      };
      try {
        const first = await startRecipro(config);
        const a = new Client(first.url);
        const b = new Client(first.url);
        await a.post(
          '/api/auth/signup',
          {},
          {
            email: 'keep-a@example.test',
            password: 'a long password',
            name: 'A',
          },
        );
        await b.post(
          '/api/auth/signup',
          {},
          {
            email: 'keep-b@example.test',
            password: 'a long password',
            name: 'B',
          },
        );
        const circle = (await a.post('/api/circles', {}, { name: 'Kept', kind: 'couple' })).body;
        const memberId = await join(a, b, circle.id);
        const act = await a.post(
          '/api/circles/{circleId}/acts',
          { circleId: circle.id },
          {
            toMemberId: memberId,
            form: 'healing',
            note: 'Stayed with you 💛',
          },
        );
        expect(act.status).toBe(201);
        await first.close();

        const second = await startRecipro(config);
        try {
          const again = new Client(second.url);
          await again.post(
            '/api/auth/signin',
            {},
            {
              email: 'keep-a@example.test',
              password: 'a long password',
            },
          );
          const acts = (await again.get('/api/circles/{circleId}/acts', { circleId: circle.id }))
            .body.acts;
          expect(acts).toEqual([act.body]);
        } finally {
          await second.close();
        }
      } finally {
        await drop();
      }
    });
  },
);
