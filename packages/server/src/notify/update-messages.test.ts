import { UPDATE_KINDS } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { englishLeft } from '../i18n/english-left.ts';
import { bundleMessage, updateEmail, updateMessage, updateUrl } from './update-messages.ts';

const facts = {
  circleName: 'Asha & Ben',
  actorName: 'Ben',
  actorMemberId: 'm-ben',
  detail: null,
} as const;

describe('the words of updates sent by push and email', () => {
  it('names the kind and the circle for every kind, in a sentence or two', () => {
    for (const kind of UPDATE_KINDS) {
      const { title, body } = updateMessage(kind, facts, null);
      expect(title.length, kind).toBeGreaterThan(0);
      expect(title.length, kind).toBeLessThanOrEqual(40);
      expect(body, kind).toContain('Asha & Ben');
      expect(body, kind).toMatch(/[.!]$/);
      expect(`${title} ${body}`, kind).not.toMatch(/\{|\}|undefined|null/);
      // docs/voice.md: words never used at all.
      expect(`${title} ${body}`.toLowerCase(), kind).not.toMatch(/\b(owe|debt|score|ledger|blame)/);
      expect(updateUrl(kind, 'c1', 's1'), kind).toMatch(/^\/(circles\/c1(\/[a-z]+(\/s1)?)?)?$/);
    }
  });

  it('says who acted where the app does, and "someone" for a person who has left', () => {
    expect(updateMessage('reset_requested', facts, null).body).toMatch(/^Ben said “let’s reset”/);
    expect(updateMessage('reset_requested', { ...facts, actorName: null }, null).body).toMatch(
      /^Someone said “let’s reset”/,
    );
    // Nobody acted: the circle's schedule opened the check-in.
    const scheduled = { ...facts, actorName: null, actorMemberId: null };
    expect(updateMessage('checkin_opened', scheduled, null).body).toBe(
      'A check-in opened in Asha & Ben, as your circle planned. Answer it on your own time.',
    );
    expect(updateMessage('checkin_opened', facts, null).body).toMatch(/^Ben opened a check-in/);
    expect(updateMessage('act_noticed', { ...facts, actorName: 'Chen' }, null).body).not.toContain(
      'Chen',
    );
    expect(updateMessage('need_shared', { ...facts, circleName: null }, null).body).toContain(
      'one of your circles',
    );
  });

  it('says how an answer went', () => {
    expect(updateMessage('handover_answered', { ...facts, detail: 'accepted' }, null).body).toBe(
      'Ben accepted the hand-over you proposed in Asha & Ben.',
    );
    expect(updateMessage('season_answered', { ...facts, detail: 'declined' }, null).body).toBe(
      'Ben declined the season you suggested in Asha & Ben.',
    );
  });

  it('tells a bundle’s count and circles to its reader', () => {
    const names = new Map([
      ['c1', 'Asha & Ben'],
      ['c2', 'The Lins'],
      ['c3', 'Book club'],
    ]);
    expect(bundleMessage([{ circleId: 'c1', count: 4 }], names, null).body).toBe(
      '4 updates wait for you in Asha & Ben.',
    );
    expect(
      bundleMessage(
        [
          { circleId: 'c1', count: 1 },
          { circleId: 'gone', count: 1 },
        ],
        names,
        null,
      ).body,
    ).toBe('2 updates wait for you in Asha & Ben and one of your circles.');
    expect(
      bundleMessage(
        [
          { circleId: 'c1', count: 2 },
          { circleId: 'c2', count: 2 },
          { circleId: 'c3', count: 1 },
        ],
        names,
        null,
      ).body,
    ).toBe('5 updates wait for you in 3 of your circles.');
  });

  it('emails the words with the way to their place, to settings and out', () => {
    const mail = updateEmail({
      to: { email: 'ben@example.test', name: 'Ben', locale: null },
      message: updateMessage('checkin_waiting', facts, null),
      app: 'https://recipro.example',
      url: '/circles/c1/checkin/k1',
      unsubscribe: 'https://recipro.example/api/unsubscribe/t',
    });
    expect(mail.subject).toBe('A check-in waits for you');
    expect(mail.language).toBe('en');
    expect(mail.text).toMatch(/^Hello Ben,\n\nA check-in in Asha & Ben waits for your answers\./);
    expect(mail.text).toContain('https://recipro.example/circles/c1/checkin/k1');
    expect(mail.text).toContain('https://recipro.example/reminders');
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://recipro.example/api/unsubscribe/t>');
  });
});

const FSI = '\u2068';
const PDI = '\u2069';
/** What is the same in every language: the names. */
const NAMES = ['Asha & Ben', 'Ben', 'The Lins', 'Book club'];
/** Words a language writes as English does. */
const SAME = { es: ['ritual'], hi: [], ar: [] } as const;

describe.each(['es', 'hi', 'ar'] as const)('the words of updates in %s', (locale) => {
  /** Each kind with every variant of its body: answered either way, opened by the schedule. */
  const cases = UPDATE_KINDS.flatMap((kind) => [
    { kind, facts },
    { kind, facts: { ...facts, detail: 'accepted' as const } },
    { kind, facts: { ...facts, detail: 'declined' as const } },
    { kind, facts: { ...facts, actorName: null, actorMemberId: null } },
    { kind, facts: { ...facts, circleName: null } },
  ]);

  it('says every kind in the reader’s language, with no English sentence left', () => {
    for (const { kind, facts: these } of cases) {
      const theirs = updateMessage(kind, these, locale);
      const english = updateMessage(kind, these, null);
      const label = `${kind} ${JSON.stringify(these)}`;
      expect(theirs.title, label).not.toBe(english.title);
      expect(theirs.body, label).not.toBe(english.body);
      const keep = [...NAMES, ...SAME[locale]];
      expect(englishLeft(theirs.title, english.title, keep), label).toEqual([]);
      expect(englishLeft(theirs.body, english.body, keep), label).toEqual([]);
      expect(`${theirs.title} ${theirs.body}`, label).not.toMatch(/\{|\}|undefined|null/);
      if (these.circleName) expect(theirs.body, label).toContain('Asha & Ben');
    }
  });

  it('still names only the kind, the circle and who acted', () => {
    const noticed = updateMessage('act_noticed', { ...facts, actorName: 'Chen' }, locale);
    expect(noticed.body).not.toContain('Chen');
    // Someone who has left is "someone" in the language, never their name.
    const gone = { ...facts, circleName: 'Our home', actorName: null };
    const left = updateMessage('reset_requested', gone, locale).body;
    expect(left).not.toContain('Ben');
    expect(left).toContain({ es: 'Alguien dijo', hi: 'किसी ने', ar: 'من شخص ما' }[locale]);
  });

  it('tells a bundle’s count and circles in the language', () => {
    const names = new Map([
      ['c1', 'Asha & Ben'],
      ['c2', 'The Lins'],
      ['c3', 'Book club'],
    ]);
    for (const circles of [
      [{ circleId: 'c1', count: 4 }],
      [
        { circleId: 'c1', count: 1 },
        { circleId: 'gone', count: 1 },
      ],
      [
        { circleId: 'c1', count: 2 },
        { circleId: 'c2', count: 2 },
        { circleId: 'c3', count: 1 },
      ],
    ]) {
      const theirs = bundleMessage(circles, names, locale);
      const english = bundleMessage(circles, names, null);
      expect(englishLeft(theirs.title, english.title, NAMES)).toEqual([]);
      expect(englishLeft(theirs.body, english.body, NAMES)).toEqual([]);
    }
  });

  it('emails the words with the greeting and the links’ lines in the language', () => {
    const message = updateMessage('checkin_waiting', facts, locale);
    const input = {
      message,
      app: 'https://recipro.example',
      url: '/circles/c1/checkin/k1',
      unsubscribe: 'https://recipro.example/api/unsubscribe/t',
    };
    const mail = updateEmail({ ...input, to: { email: 'ben@example.test', name: 'Ben', locale } });
    const english = updateEmail({
      ...input,
      message: updateMessage('checkin_waiting', facts, null),
      to: { email: 'ben@example.test', name: 'Ben', locale: null },
    });
    expect(mail.language).toBe(locale);
    expect(mail.subject).toBe(message.title);
    expect(mail.text).toContain(message.body);
    expect(englishLeft(mail.text, english.text, NAMES)).toEqual([]);
    for (const link of [
      'https://recipro.example/circles/c1/checkin/k1',
      'https://recipro.example/reminders',
      'https://recipro.example/api/unsubscribe/t',
    ])
      expect(mail.text).toContain(` ${link}\n`);
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://recipro.example/api/unsubscribe/t>');
  });
});

describe('the words of updates in Arabic', () => {
  const names = new Map([
    ['c1', 'Asha & Ben'],
    ['c2', 'The Lins'],
    ['c3', 'Book club'],
    ['c4', 'Our home'],
  ]);
  const inAsha = `في ${FSI}Asha & Ben${PDI}.`;
  const bundle = (counts: readonly number[]) =>
    bundleMessage(
      counts.map((count, i) => ({ circleId: `c${i + 1}`, count })),
      names,
      'ar',
    ).body;

  it('picks the plural form of a bundle’s count: one, two, few, many or other', () => {
    expect(bundle([1])).toBe(`مستجدّ واحد بانتظارك ${inAsha}`);
    expect(bundle([2])).toBe(`مستجدّان بانتظارك ${inAsha}`);
    expect(bundle([4])).toBe(`4 مستجدّات بانتظارك ${inAsha}`);
    expect(bundle([10])).toBe(`10 مستجدّات بانتظارك ${inAsha}`);
    expect(bundle([11])).toBe(`11 مستجدًّا بانتظارك ${inAsha}`);
    expect(bundle([99])).toBe(`99 مستجدًّا بانتظارك ${inAsha}`);
    expect(bundle([100])).toBe(`100 مستجدّ بانتظارك ${inAsha}`);
    expect(bundle([102])).toBe(`102 مستجدّ بانتظارك ${inAsha}`);
  });

  it('joins two circles with و, each name isolated, and counts three or more', () => {
    expect(bundle([1, 1])).toBe(
      `مستجدّان بانتظارك في ${FSI}Asha & Ben${PDI} و${FSI}The Lins${PDI}.`,
    );
    expect(bundle([2, 2, 1])).toBe('5 مستجدّات بانتظارك في 3 من دوائرك.');
    expect(bundle([5, 5, 1, 1])).toBe('12 مستجدًّا بانتظارك في 4 من دوائرك.');
  });

  it('keeps a Latin name its own direction inside the sentence', () => {
    expect(updateMessage('welcome', facts, 'ar').body).toBe(
      `انضممت إلى ${FSI}Asha & Ben${PDI} بموافقة ${FSI}Ben${PDI}. أهلًا وسهلًا بك!`,
    );
    expect(updateMessage('welcome', { ...facts, actorName: 'سارة' }, 'ar').body).toBe(
      `انضممت إلى ${FSI}Asha & Ben${PDI} بموافقة سارة. أهلًا وسهلًا بك!`,
    );
  });
});
