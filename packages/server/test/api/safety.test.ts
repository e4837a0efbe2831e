import { randomUUID } from 'node:crypto';
import { VALUES_QUESTIONS } from '@recipro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { couple, startTestServer, type TestServer } from '../support/server.ts';

/** Words that should bring the writer, and only the writer, a quiet offer of support. */
const worrying = {
  reflection: "I'm afraid of how he'll react if I go out with Mia",
  need: "I need to see my friends. I'm not allowed to see my friends.",
  rupture: 'He threatened to take the kids when I said no',
  act: 'Made dinner early because he checks my phone if I am late',
  checkin: 'I walk on eggshells most evenings',
  values: 'He controls the money and I have to ask him for money',
};
const calm = 'A lovely slow Sunday together';

const values = (first: string) => VALUES_QUESTIONS.map((_q, i) => (i === 0 ? first : ''));
const shows = (body: unknown) => JSON.stringify(body).includes('"showSupport":true');

describe.each(testDatabases())('support, privately, on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  it('a reflection: its writer is offered support on writing and on every read', async () => {
    const { a, circleId } = await couple(server);
    const written = await a.post(
      '/api/circles/{circleId}/reflections',
      { circleId },
      { text: worrying.reflection },
    );
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ text: worrying.reflection, showSupport: true });
    const plain = await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: calm });
    expect(plain.body).not.toHaveProperty('showSupport');
    expect(
      (
        await a.get('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: written.body.id,
        })
      ).body.showSupport,
    ).toBe(true);
    expect(
      (
        await a.get('/api/circles/{circleId}/reflections/{reflectionId}', {
          circleId,
          reflectionId: plain.body.id,
        })
      ).body,
    ).not.toHaveProperty('showSupport');
    const list = (await a.get('/api/circles/{circleId}/reflections', { circleId })).body
      .reflections;
    expect(list.find((r) => r.id === written.body.id)?.showSupport).toBe(true);
    expect(list.find((r) => r.id === plain.body.id)).not.toHaveProperty('showSupport');
  });

  it('a shared need: the author sees support, the other member reads the need without it', async () => {
    const { a, b, circleId } = await couple(server);
    const need = await a.post(
      '/api/circles/{circleId}/needs',
      { circleId },
      { text: worrying.need, shared: false },
    );
    expect(need.status).toBe(201);
    expect(need.body.showSupport).toBe(true);
    const shared = await a.patch(
      '/api/circles/{circleId}/needs/{needId}',
      { circleId, needId: need.body.id },
      { shared: true },
    );
    expect(shared.status).toBe(200);
    expect(shared.body.showSupport).toBe(true);
    expect(
      (await a.get('/api/circles/{circleId}/needs', { circleId })).body.needs[0],
    ).toMatchObject({
      text: worrying.need,
      showSupport: true,
    });

    const seen = (await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs;
    expect(seen).toHaveLength(1);
    expect(seen[0]?.text).toBe(worrying.need);
    expect(seen[0]).not.toHaveProperty('showSupport');
    const thanked = await b.post('/api/circles/{circleId}/needs/{needId}/thanks', {
      circleId,
      needId: need.body.id,
    });
    expect(thanked.status).toBe(200);
    expect(thanked.body).not.toHaveProperty('showSupport');

    // B's own calm need carries nothing, for either of them.
    await b.post('/api/circles/{circleId}/needs', { circleId }, { text: calm, shared: true });
    for (const n of (await b.get('/api/circles/{circleId}/needs', { circleId })).body.needs)
      expect(n).not.toHaveProperty('showSupport');
  });

  it('a rupture with a shared note: only the member who logged it sees support', async () => {
    const { a, b, circleId } = await couple(server);
    const logged = await a.post(
      '/api/circles/{circleId}/ruptures',
      { circleId },
      { note: worrying.rupture, notePrivate: false },
    );
    expect(logged.status).toBe(201);
    expect(logged.body.showSupport).toBe(true);
    expect(
      (await a.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures[0]?.showSupport,
    ).toBe(true);

    const seen = (await b.get('/api/circles/{circleId}/ruptures', { circleId })).body.ruptures;
    expect(seen[0]?.note).toBe(worrying.rupture);
    expect(seen[0]).not.toHaveProperty('showSupport');
    const reset = await b.post('/api/circles/{circleId}/ruptures/{ruptureId}/reset', {
      circleId,
      ruptureId: logged.body.id,
    });
    expect(reset.status).toBe(200);
    expect(reset.body).not.toHaveProperty('showSupport');

    // Once the writer removes the note, nothing is left to match.
    const cleared = await a.delete('/api/circles/{circleId}/ruptures/{ruptureId}/note', {
      circleId,
      ruptureId: logged.body.id,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty('showSupport');
  });

  it('an act note: the giver sees support, the receiver reads the note without it', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const act = await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      {
        toMemberId: bMember,
        form: 'practical',
        note: worrying.act,
      },
    );
    expect(act.status).toBe(201);
    expect(act.body.showSupport).toBe(true);
    expect(
      (await a.get('/api/circles/{circleId}/acts', { circleId })).body.acts[0]?.showSupport,
    ).toBe(true);

    const seen = (await b.get('/api/circles/{circleId}/acts', { circleId })).body.acts;
    expect(seen[0]?.note).toBe(worrying.act);
    expect(seen[0]).not.toHaveProperty('showSupport');
    const noticed = await b.post('/api/circles/{circleId}/acts/{actId}/acknowledge', {
      circleId,
      actId: act.body.id,
    });
    expect(noticed.status).toBe(200);
    expect(noticed.body).not.toHaveProperty('showSupport');

    const edited = await a.patch(
      '/api/circles/{circleId}/acts/{actId}',
      { circleId, actId: act.body.id },
      { note: calm },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).not.toHaveProperty('showSupport');
  });

  it('a check-in note and a values answer: support for the writer, never for the other', async () => {
    const { a, b, circleId } = await couple(server);
    const opened = await a.post(
      '/api/circles/{circleId}/checkins',
      { circleId },
      { instrument: 'csi4' },
    );
    const answered = await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: opened.body.id },
      {
        answers: [4, 4, 4, 4],
        note: worrying.checkin,
      },
    );
    expect(answered.status).toBe(201);
    expect(answered.body.showSupport).toBe(true);
    expect(
      (
        await b.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: opened.body.id,
        })
      ).body.showSupport,
    ).toBe(false);
    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: opened.body.id },
      { answers: [4, 4, 4, 4], note: calm },
    );
    expect(
      (
        await a.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: opened.body.id,
        })
      ).body.showSupport,
    ).toBe(true);
    expect(
      (
        await b.get('/api/circles/{circleId}/checkins/{checkinId}', {
          circleId,
          checkinId: opened.body.id,
        })
      ).body.showSupport,
    ).toBe(false);

    const round = await a.post('/api/circles/{circleId}/values', { circleId });
    const mine = await a.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: round.body.id },
      { answers: values(worrying.values) },
    );
    expect(mine.status).toBe(201);
    expect(mine.body.showSupport).toBe(true);
    expect(
      (
        await b.get('/api/circles/{circleId}/values/{roundId}', {
          circleId,
          roundId: round.body.id,
        })
      ).body,
    ).not.toHaveProperty('showSupport');
    await b.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: round.body.id },
      { answers: values(calm) },
    );
    const revealed = await b.get('/api/circles/{circleId}/values/{roundId}', {
      circleId,
      roundId: round.body.id,
    });
    expect(revealed.body.status).toBe('revealed');
    expect(revealed.body.results?.map((r) => r.answers[0])).toContain(worrying.values);
    expect(revealed.body).not.toHaveProperty('showSupport');
    expect(
      (
        await a.get('/api/circles/{circleId}/values/{roundId}', {
          circleId,
          roundId: round.body.id,
        })
      ).body.showSupport,
    ).toBe(true);
  });

  it('no GET route of the API ever tells another member that support was offered', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const ids: Record<string, string> = { circleId, instrumentId: 'csi4' };
    ids.reflectionId = (
      await a.post(
        '/api/circles/{circleId}/reflections',
        { circleId },
        { text: worrying.reflection },
      )
    ).body.id;
    ids.needId = (
      await a.post(
        '/api/circles/{circleId}/needs',
        { circleId },
        { text: worrying.need, shared: true },
      )
    ).body.id;
    ids.ruptureId = (
      await a.post('/api/circles/{circleId}/ruptures', { circleId }, { note: worrying.rupture })
    ).body.id;
    ids.actId = (
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        {
          toMemberId: bMember,
          form: 'practical',
          note: worrying.act,
        },
      )
    ).body.id;
    ids.checkinId = (
      await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })
    ).body.id;
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: ids.checkinId },
      {
        answers: [4, 4, 4, 4],
        note: worrying.checkin,
      },
    );
    ids.roundId = (await a.post('/api/circles/{circleId}/values', { circleId })).body.id;
    await a.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: ids.roundId },
      {
        answers: values(worrying.values),
      },
    );
    // Both answer, so everything shared is revealed to B.
    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: ids.checkinId },
      {
        answers: [4, 4, 4, 4],
      },
    );
    await b.post(
      '/api/circles/{circleId}/values/{roundId}/answers',
      { circleId, roundId: ids.roundId },
      {
        answers: values(calm),
      },
    );

    const walk = async (client: Client) => {
      // The OpenAPI document is not one of its own routes: its shape is OpenAPI's, taken as read.
      const document = (await client.raw('GET', '/api/openapi.json')).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const { paths } = document;
      const seen: { label: string; status: number; body: unknown }[] = [];
      for (const [template, operations] of Object.entries(paths)) {
        if (!('get' in operations)) continue;
        const path = template.replace(
          /\{([^}]+)\}/g,
          (_m, name: string) => ids[name] ?? randomUUID(),
        );
        const reply = await client.raw('GET', path);
        seen.push({ label: `GET ${template}`, status: reply.status, body: reply.body });
      }
      return seen;
    };

    const asOther = await walk(b);
    expect(asOther.length).toBeGreaterThan(25);
    // B did read A's words on the way (so the walk reached them)…
    const read = JSON.stringify(asOther.map((r) => r.body));
    for (const text of [worrying.need, worrying.rupture, worrying.act, worrying.values])
      expect(read).toContain(JSON.stringify(text).slice(1, -1));
    // …and nothing told B that A was offered support.
    for (const reply of asOther) expect(shows(reply.body), reply.label).toBe(false);

    // The same walk as A finds the offers (so the check above could fail), on A's own items only.
    const asWriter = await walk(a);
    const offered = asWriter.filter((r) => shows(r.body)).map((r) => r.label);
    expect(offered).toEqual(
      expect.arrayContaining([
        'GET /api/circles/{circleId}/reflections',
        'GET /api/circles/{circleId}/reflections/{reflectionId}',
        'GET /api/circles/{circleId}/needs',
        'GET /api/circles/{circleId}/ruptures',
        'GET /api/circles/{circleId}/acts',
        'GET /api/circles/{circleId}/checkins/{checkinId}',
        'GET /api/circles/{circleId}/values',
        'GET /api/circles/{circleId}/values/{roundId}',
      ]),
    );
  });
});
