import { UPDATE_KINDS } from '@recipro/core';
import { describe, expect, it } from 'vitest';
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
      const { title, body } = updateMessage(kind, facts);
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
    expect(updateMessage('reset_requested', facts).body).toMatch(/^Ben said “let’s reset”/);
    expect(updateMessage('reset_requested', { ...facts, actorName: null }).body).toMatch(
      /^Someone said “let’s reset”/,
    );
    // Nobody acted: the circle's schedule opened the check-in.
    const scheduled = { ...facts, actorName: null, actorMemberId: null };
    expect(updateMessage('checkin_opened', scheduled).body).toBe(
      'A check-in opened in Asha & Ben, as your circle planned. Answer it on your own time.',
    );
    expect(updateMessage('checkin_opened', facts).body).toMatch(/^Ben opened a check-in/);
    expect(updateMessage('act_noticed', { ...facts, actorName: 'Chen' }).body).not.toContain(
      'Chen',
    );
    expect(updateMessage('need_shared', { ...facts, circleName: null }).body).toContain(
      'one of your circles',
    );
  });

  it('says how an answer went', () => {
    expect(updateMessage('handover_answered', { ...facts, detail: 'accepted' }).body).toBe(
      'Ben accepted the hand-over you proposed in Asha & Ben.',
    );
    expect(updateMessage('season_answered', { ...facts, detail: 'declined' }).body).toBe(
      'Ben declined the season you suggested in Asha & Ben.',
    );
  });

  it('tells a bundle’s count and circles to its reader', () => {
    const names = new Map([
      ['c1', 'Asha & Ben'],
      ['c2', 'The Lins'],
      ['c3', 'Book club'],
    ]);
    expect(bundleMessage([{ circleId: 'c1', count: 4 }], names).body).toBe(
      '4 updates wait for you in Asha & Ben.',
    );
    expect(
      bundleMessage(
        [
          { circleId: 'c1', count: 1 },
          { circleId: 'gone', count: 1 },
        ],
        names,
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
      ).body,
    ).toBe('5 updates wait for you in 3 of your circles.');
  });

  it('emails the words with the way to their place, to settings and out', () => {
    const mail = updateEmail({
      to: { email: 'ben@example.test', name: 'Ben' },
      message: updateMessage('checkin_waiting', facts),
      app: 'https://recipro.example',
      url: '/circles/c1/checkin/k1',
      unsubscribe: 'https://recipro.example/api/unsubscribe/t',
    });
    expect(mail.subject).toBe('A check-in waits for you');
    expect(mail.text).toContain('https://recipro.example/circles/c1/checkin/k1');
    expect(mail.text).toContain('https://recipro.example/reminders');
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://recipro.example/api/unsubscribe/t>');
  });
});
