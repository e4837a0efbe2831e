import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../support/client.ts';
import { testDatabases } from '../support/databases.ts';
import { wordsFor } from '../../src/i18n/index.ts';
import { canDrawScripts, canReadPdf, pdfInfo, pdfText } from '../support/pdf-text.ts';
import { couple, join, startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;
const PASSWORD = 'a good long password';

/** Words written privately in the circle: none may reach a report, its page or its PDF. */
const ACT_NOTE = 'PRIVATE act note';
const REFLECTION = 'PRIVATE reflection';
const NEED = 'PRIVATE need';
const RUPTURE_NOTE = 'PRIVATE rupture note';
const CHECKIN_NOTE = 'PRIVATE check-in note';
const SEASON_NOTE = 'PRIVATE season note';
const PRIVATE = [ACT_NOTE, REFLECTION, NEED, RUPTURE_NOTE, CHECKIN_NOTE, SEASON_NOTE];

/**
 * Reports for a counsellor (issue 18): prepared by any member from what the circle shares,
 * agreed to by everyone in it, handed over by a link that opens without signing in until it
 * expires, is revoked or anyone withdraws; every opening logged for the members.
 */
describe.each(testDatabases())('reports for a counsellor on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(async () => server?.stop());

  const day = (offset: number) =>
    new Date(server.clock.t + offset * DAY).toISOString().slice(0, 10);
  const period = () => ({ from: day(-30), to: day(1) });

  /** A couple with a month of shared things, and private things of every kind beside them. */
  async function busyCouple() {
    const c = await couple(server);
    const { a, b, circleId, aMember, bMember } = c;
    for (let i = 0; i < 6; i += 1) {
      await a.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: bMember, form: 'practical', note: ACT_NOTE },
      );
      await b.post(
        '/api/circles/{circleId}/acts',
        { circleId },
        { toMemberId: aMember, form: 'emotional' },
      );
    }
    await a.post('/api/circles/{circleId}/reflections', { circleId }, { text: REFLECTION });
    await b.post('/api/circles/{circleId}/needs', { circleId }, { text: NEED });
    await a.post(
      '/api/circles/{circleId}/ruptures',
      { circleId },
      { note: RUPTURE_NOTE, notePrivate: true },
    );
    await b.post(
      '/api/circles/{circleId}/seasons',
      { circleId },
      {
        memberId: bMember,
        kind: 'exams',
        startsAt: new Date(server.clock.t - 5 * DAY).toISOString(),
        note: SEASON_NOTE,
      },
    );
    // A CSI-4 both answered (revealed), and one only Asha answered (not revealed).
    const csi = async () =>
      (await a.post('/api/circles/{circleId}/checkins', { circleId }, { instrument: 'csi4' })).body;
    const revealed = await csi();
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: revealed.id },
      { answers: [3, 3, 3, 3], note: CHECKIN_NOTE },
    );
    await b.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: revealed.id },
      { answers: [4, 4, 4, 4] },
    );
    server.clock.advance(2 * DAY);
    const hidden = await csi();
    await a.post(
      '/api/circles/{circleId}/checkins/{checkinId}/answers',
      { circleId, checkinId: hidden.id },
      { answers: [0, 0, 0, 0] },
    );
    return c;
  }

  async function prepare(client: Client, circleId: string) {
    const reply = await client.post('/api/circles/{circleId}/reports', { circleId }, period());
    expect(reply.status).toBe(201);
    return reply.body;
  }

  const agree = (client: Client, circleId: string, reportId: string) =>
    client.post('/api/circles/{circleId}/reports/{reportId}/consent', { circleId, reportId });

  const link = (client: Client, circleId: string, reportId: string, expiresInDays = 7) =>
    client.post(
      '/api/circles/{circleId}/reports/{reportId}/links',
      { circleId, reportId },
      { expiresInDays },
    );

  /** Opens a link as a counsellor would: signed out, in a browser. */
  const open = (url: string, format?: 'pdf') =>
    fetch(format ? `${url}?format=${format}` : url, { headers: { accept: 'text/html' } });

  it('prepares a report of what the circle shares, and nothing private', async () => {
    const { a, b, circleId, aMember, bMember } = await busyCouple();
    const report = await prepare(b, circleId);
    expect(report).toMatchObject({
      status: 'awaiting_consent',
      preparedByMemberId: bMember,
      members: [
        { id: aMember, consented: false },
        { id: bMember, consented: false },
      ],
      mine: { consented: false, addition: null },
      links: [],
      openings: [],
    });
    const contents = report.contents as {
      care: { acts: number };
      checkins: { rounds: unknown[]; csi: { memberId: string; points: { total: number }[] }[] };
      repair: { ruptures: number };
      seasons: { kind: string }[];
    };
    expect(contents.care.acts).toBe(12);
    expect(contents.repair.ruptures).toBe(1);
    expect(contents.seasons.map((s) => s.kind)).toEqual(['exams']);
    // Only the revealed round, each person's own total.
    expect(contents.checkins.rounds).toHaveLength(1);
    expect(contents.checkins.csi.map((s) => s.points.length)).toEqual([1, 1]);
    for (const text of PRIVATE) expect(JSON.stringify(report)).not.toContain(text);
    // Asha sees the same report; it is frozen: later acts do not change it.
    await a.post(
      '/api/circles/{circleId}/acts',
      { circleId },
      { toMemberId: bMember, form: 'respect' },
    );
    const seen = await a.get('/api/circles/{circleId}/reports/{reportId}', {
      circleId,
      reportId: report.id,
    });
    expect(seen.status).toBe(200);
    expect(seen.body.contents).toEqual(report.contents);
    expect(
      (await a.get('/api/circles/{circleId}/reports', { circleId })).body.reports,
    ).toHaveLength(1);
  });

  it('refuses bad input and outsiders, and changes nothing', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const report = await prepare(a, circleId);
    const outsider = await server.signUp('Outsider');
    const post = (client: Client, body: { from: string; to: string }) =>
      client.post('/api/circles/{circleId}/reports', { circleId }, body);
    const refused = [
      [{ from: day(-3), to: day(-3) }, 'empty'],
      [{ from: day(-3), to: day(-10) }, 'inverted'],
      [{ from: day(-400), to: day(-1) }, 'too_long'],
      [{ from: day(5), to: day(9) }, 'not_started'],
      [{ from: day(-5), to: day(9) }, 'not_ended'],
      [{ from: '2026-02-30', to: day(0) }, 'not_a_date'],
    ] as const;
    for (const [body, code] of refused) {
      const reply = await post(a, body);
      expect(reply.status, code).toBe(400);
      expect(reply.error.code, code).toBe('validation_failed');
      expect(JSON.stringify(reply.error.details), code).toContain(code);
    }
    expect(
      (await a.raw('POST', `/api/circles/${circleId}/reports`, { from: day(-3) })).status,
    ).toBe(400);
    expect((await post(outsider, period())).status).toBe(404);
    const ids = { circleId, reportId: report.id };
    expect((await outsider.get('/api/circles/{circleId}/reports/{reportId}', ids)).status).toBe(
      404,
    );
    expect(
      (await outsider.post('/api/circles/{circleId}/reports/{reportId}/consent', ids)).status,
    ).toBe(404);
    // An agreement is each person's own.
    const forBen = await a.post('/api/circles/{circleId}/reports/{reportId}/consent', ids, {
      memberId: bMember,
    });
    expect(forBen.status).toBe(403);
    expect(forBen.error.code).toBe('forbidden');
    const after = (await b.get('/api/circles/{circleId}/reports/{reportId}', ids)).body;
    expect(after.members.every((m) => !m.consented)).toBe(true);
    // No link before everyone agreed; no link past 90 days.
    expect((await link(a, circleId, report.id)).status).toBe(409);
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    for (const days of [0, 91]) expect((await link(a, circleId, report.id, days)).status).toBe(400);
    expect(
      (await a.get('/api/circles/{circleId}/reports', { circleId })).body.reports,
    ).toHaveLength(1);
    expect((await b.get('/api/circles/{circleId}/reports/{reportId}', ids)).body.links).toEqual([]);
  });

  it('opens a link only once everyone agreed, logs each opening, and ends it when anyone withdraws', async () => {
    const { a, b, circleId } = await busyCouple();
    const report = await prepare(a, circleId);
    const ids = { circleId, reportId: report.id };
    expect((await agree(a, circleId, report.id)).body.status).toBe('awaiting_consent');
    const agreed = await agree(b, circleId, report.id);
    expect(agreed.body.status).toBe('agreed');
    expect((await agree(b, circleId, report.id)).status).toBe(200);

    const made = await link(a, circleId, report.id);
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(made.body.expiresAt) - server.clock.t).toBeGreaterThan(6.9 * DAY);

    const page = await open(made.body.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('A report for a counsellor');
    expect(html).toContain('@media print');
    for (const text of PRIVATE) expect(html).not.toContain(text);
    const pdf = await open(made.body.url, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const seen = (await b.get('/api/circles/{circleId}/reports/{reportId}', ids)).body;
    expect(seen.openings.map((o) => o.format)).toEqual(['pdf', 'page']);
    expect(seen.openings.every((o) => o.linkId === made.body.id)).toBe(true);
    expect(seen.links).toMatchObject([{ id: made.body.id, open: true, revokedAt: null }]);
    expect(JSON.stringify(seen)).not.toContain(made.body.url.split('/r/')[1]);

    // The token is stored only as its hash.
    const token = made.body.url.split('/r/')[1] ?? '';
    const stored = await server.recipro.database.db
      .selectFrom('report_links')
      .selectAll()
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
    // A guessed or tampered token opens nothing, and is not logged.
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'guessed', `${token}x`]) {
      const reply = await fetch(`${server.url}/r/${bad}`);
      expect(reply.status, bad).toBe(404);
      expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const notOpen = await open(`${server.url}/r/guessed`);
    expect(notOpen.status).toBe(404);
    expect(await notOpen.text()).toContain('This link is not open');

    // Withdrawing ends every link: it stays ended when agreement comes back.
    const withdrawn = await b.delete('/api/circles/{circleId}/reports/{reportId}/consent', ids);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('awaiting_consent');
    expect(withdrawn.body.links[0]?.open).toBe(false);
    expect((await open(made.body.url)).status).toBe(404);
    await agree(b, circleId, report.id);
    expect((await open(made.body.url)).status).toBe(404);
    expect(
      (await b.get('/api/circles/{circleId}/reports/{reportId}', ids)).body.openings,
    ).toHaveLength(2);
  });

  it('ends a link when it is revoked or expires', async () => {
    const { a, b, circleId } = await couple(server);
    const report = await prepare(a, circleId);
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    const revoked = (await link(a, circleId, report.id)).body;
    const revoke = await b.delete('/api/circles/{circleId}/reports/{reportId}/links/{linkId}', {
      circleId,
      reportId: report.id,
      linkId: revoked.id,
    });
    expect(revoke.status).toBe(204);
    expect((await open(revoked.url)).status).toBe(404);
    expect(
      (
        await b.delete('/api/circles/{circleId}/reports/{reportId}/links/{linkId}', {
          circleId,
          reportId: report.id,
          linkId: 'no-such-link',
        })
      ).status,
    ).toBe(404);

    const brief = (await link(a, circleId, report.id, 1)).body;
    expect((await open(brief.url)).status).toBe(200);
    server.clock.advance(DAY + 1000);
    expect((await open(brief.url)).status).toBe(404);
    const seen = (
      await a.get('/api/circles/{circleId}/reports/{reportId}', { circleId, reportId: report.id })
    ).body;
    expect(seen.links.map((l) => l.open)).toEqual([false, false]);
    expect(seen.openings).toHaveLength(1);
  });

  it('takes a member’s words for the reader, and asks everyone to agree again', async () => {
    const { a, b, circleId, bMember } = await couple(server);
    const report = await prepare(a, circleId);
    const ids = { circleId, reportId: report.id };
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    const first = (await link(a, circleId, report.id)).body;
    const words = 'We would like to talk about evenings.\n  Thank you for reading.';
    const added = await b.put('/api/circles/{circleId}/reports/{reportId}/addition', ids, {
      text: words,
    });
    expect(added.status).toBe(200);
    expect(added.body.additions).toMatchObject([{ memberId: bMember, text: words }]);
    expect(added.body.mine.addition).toBe(words);
    expect(added.body.status).toBe('awaiting_consent');
    expect(added.body.members.every((m) => !m.consented)).toBe(true);
    expect((await open(first.url)).status).toBe(404);
    const blank = await b.put('/api/circles/{circleId}/reports/{reportId}/addition', ids, {
      text: '   ',
    });
    expect(blank.status).toBe(400);
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    const second = (await link(b, circleId, report.id)).body;
    const html = await (await open(second.url)).text();
    expect(html).toContain('We would like to talk about evenings.');
    expect(html).toContain('In their own words');
    // The export holds the reports a person is in, with the words added and every opening.
    const exported = (await b.get('/api/me/export')).body.circles[0]?.reports ?? [];
    expect(exported).toMatchObject([
      { id: report.id, status: 'agreed', mine: { consented: true, addition: words } },
    ]);
    expect(exported[0]?.openings).toHaveLength(1);
    const removed = await b.delete('/api/circles/{circleId}/reports/{reportId}/addition', ids);
    expect(removed.body.additions).toEqual([]);
    expect(removed.body.status).toBe('awaiting_consent');
  });

  it('is about the people in the circle when prepared: a newcomer is not in it, a leaver takes it', async () => {
    const a = await server.signUp('Asha');
    const b = await server.signUp('Ben');
    const c = await server.signUp('Cleo');
    const circle = (await a.post('/api/circles', {}, { name: 'Home', kind: 'family' })).body;
    const circleId = circle.id;
    await join(a, b, circleId);
    const report = await prepare(a, circleId);
    await join(a, c, circleId);
    const ids = { circleId, reportId: report.id };
    expect((await c.get('/api/circles/{circleId}/reports/{reportId}', ids)).status).toBe(404);
    expect((await c.get('/api/circles/{circleId}/reports', { circleId })).body.reports).toEqual([]);
    expect((await c.post('/api/circles/{circleId}/reports/{reportId}/consent', ids)).status).toBe(
      404,
    );
    await agree(a, circleId, report.id);
    expect((await agree(b, circleId, report.id)).body.status).toBe('agreed');
    const shared = (await link(a, circleId, report.id)).body;
    expect((await open(shared.url)).status).toBe(200);

    // Ben leaves: every report he is in goes, and its links with it.
    expect((await b.post('/api/circles/{circleId}/leave', { circleId })).status).toBe(204);
    expect((await a.get('/api/circles/{circleId}/reports/{reportId}', ids)).status).toBe(404);
    expect((await a.get('/api/circles/{circleId}/reports', { circleId })).body.reports).toEqual([]);
    expect((await open(shared.url)).status).toBe(404);

    // Deleting an account does the same.
    const next = await prepare(a, circleId);
    expect((await c.delete('/api/me', {}, { body: { password: PASSWORD } })).status).toBe(204);
    expect(
      (await a.get('/api/circles/{circleId}/reports/{reportId}', { circleId, reportId: next.id }))
        .status,
    ).toBe(404);
  });

  it('prints for its members: a draft page until everyone agrees, the PDF only then', async () => {
    const { a, b, circleId } = await busyCouple();
    const report = await prepare(a, circleId);
    const ids = { circleId, reportId: report.id };
    const draft = await a.raw('GET', `/api/circles/${circleId}/reports/${report.id}?format=page`);
    expect(draft.status).toBe(200);
    expect(String(draft.parsed)).toContain('A draft: not everyone in this report has agreed');
    expect(draft.headers.get('x-robots-tag')).toContain('noindex');
    const early = await a.raw('GET', `/api/circles/${circleId}/reports/${report.id}?format=pdf`);
    expect(early.status).toBe(409);
    await b.put('/api/circles/{circleId}/reports/{reportId}/addition', ids, {
      text: 'Ben’s words for the counsellor',
    });
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    // In Spanish for a reader who chose Spanish.
    await a.patch('/api/me', {}, { locale: 'es' });
    const spanish = await a.raw('GET', `/api/circles/${circleId}/reports/${report.id}?format=page`);
    expect(spanish.headers.get('content-language')).toBe('es');
    expect(String(spanish.parsed)).toContain('Un informe para una persona de terapia');
    await a.patch('/api/me', {}, { locale: 'en' });

    const pdf = await fetch(
      `${server.url}/api/circles/${circleId}/reports/${report.id}?format=pdf`,
      {
        headers: { cookie: a.cookie ?? '' },
      },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    if (!canReadPdf('report PDF')) return;
    const bytes = Buffer.from(await pdf.arrayBuffer());
    // Tagged for screen readers, with its title.
    expect(pdfInfo(bytes)).toMatch(/Tagged:\s+yes/);
    expect(pdfInfo(bytes)).toMatch(/Title:\s+A report for a counsellor/);
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    for (const heading of [
      'A report for a counsellor',
      'Care in this period',
      'Rhythm between each pair',
      'Seasons',
      'Check-ins',
      'For a professional reader: Couples Satisfaction Index',
      'Repair',
      'Share the load, by stage',
      'In their own words',
      'Ben’s words for the counsellor',
      'Everyone in this report agreed to share it.',
    ]) {
      expect(text, heading).toContain(heading);
    }
    for (const words of PRIVATE) expect(text).not.toContain(words);
  });

  it('makes the PDF in Hindi and in Arabic for a reader of either, every heading in their words', async () => {
    const { a, b, circleId } = await busyCouple();
    const report = await prepare(a, circleId);
    await b.put(
      '/api/circles/{circleId}/reports/{reportId}/addition',
      { circleId, reportId: report.id },
      { text: 'Ben’s words for the counsellor' },
    );
    await agree(a, circleId, report.id);
    await agree(b, circleId, report.id);
    const shared = (await link(a, circleId, report.id)).body;
    const page = await fetch(shared.url, { headers: { 'accept-language': 'hi-IN, hi' } });
    expect(page.headers.get('content-language')).toBe('hi');
    expect(await page.text()).toContain('काउंसलर के लिए एक रिपोर्ट');
    if (!canReadPdf('report PDF in Hindi and Arabic')) return;
    if (!canDrawScripts('report PDF in Hindi and Arabic')) return;

    for (const locale of ['hi', 'ar'] as const) {
      const pdf = await fetch(`${shared.url}?format=pdf`, {
        headers: { 'accept-language': locale },
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-language')).toBe(locale);
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(pdfInfo(bytes)).toMatch(/Tagged:\s+yes/);
      const words = wordsFor(locale);
      const text = readBack(pdfText(bytes), locale);
      const expected = [
        words.t('report.title'),
        ...SECTION_HEADINGS.map((key) => words.t(key)),
        words.t('report.agreed'),
        // Words a member wrote, in Latin letters, as written.
        'Ben’s words for the counsellor',
      ];
      for (const heading of expected) expect(text, heading).toContain(readBack(heading, locale));
      expect(text).not.toContain('This PDF is in English');
      expect(text).not.toContain(readBack(words.t('report.pdfEnglish'), locale));
      for (const privately of PRIVATE) expect(text).not.toContain(privately);
    }
  });
});

/** The headings of the sections a busy couple's report has, as the server words them. */
const SECTION_HEADINGS = [
  'report.about.heading',
  'report.care.heading',
  'report.rhythm.heading',
  'report.seasons.heading',
  'report.checkins.heading',
  'report.csi.heading',
  'report.values.heading',
  'report.repair.heading',
  'report.load.heading',
  'report.rituals.heading',
  'report.additions.heading',
] as const;

/**
 * Text as `pdftotext` reads it back, made comparable: spaces as one, no bidi controls (it puts
 * embeddings round each run of a right-to-left line; the server's words put isolates round
 * names). Arabic is drawn in visual order and poppler puts it back in reading order, nearly: it
 * reads a lam–alef ligature back as alef–lam, a tanween or shadda drawn apart from its letter on
 * a line of its own, and the space and colon between an Arabic and a Latin run on the Latin
 * side. So Arabic is compared without lam, marks, spaces and punctuation: every other letter,
 * in order, must still match.
 */
function readBack(text: string, locale: 'hi' | 'ar'): string {
  const out = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
  if (locale === 'ar') return out.replace(/[\u0644\p{Mn}\p{P}\s]/gu, '');
  return out.replace(/\s+/gu, ' ').trim();
}
