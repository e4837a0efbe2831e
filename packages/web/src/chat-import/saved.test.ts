import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { enChat } from '../i18n/en-chat.ts';
import type { ChatSummary, SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { rhythmSentences } from './rhythm-words.ts';
import { formatShare, savedByLine, savedTitle } from './saved.ts';

const summary = (changes: Partial<ChatSummary> = {}): ChatSummary => ({
  format: 'whatsapp',
  messages: 9,
  people: 2,
  first: '2024-02-14T09:00:00',
  last: '2024-02-15T21:30:00',
  rhythm: {
    talk: 'shared',
    starts: 'one_side',
    questions: 'thin',
    thanks: 'none',
    repair: 'shared',
    replyPace: 'hour',
    replyBalance: 'uneven',
    lately: { weeks: 4, talk: 'one_side', starts: 'shared' },
  },
  ...changes,
});

const circle: CircleDetail = {
  id: 'c1',
  name: 'Mira & Jon',
  kind: 'couple',
  createdAt: '2026-01-01T00:00:00Z',
  myMemberId: 'm1',
  members: [
    { id: 'm1', name: 'Mira', joinedAt: '2026-01-01T00:00:00Z' },
    { id: 'm2', name: 'Jon', joinedAt: '2026-01-02T00:00:00Z' },
  ],
  formerMembers: [{ id: 'm3', leftAt: '2026-02-01T00:00:00Z' }],
  keeperMemberId: null,
  pendingMembers: [],
};

const saved = (memberId: string): SavedChatSummary => ({
  id: 's1',
  circleId: 'c1',
  memberId,
  summary: summary(),
  createdAt: '2026-03-03T10:15:00Z',
});

// The chat's words load with its screen (i18n/areas.ts).
beforeAll(() => loadArea('chat'));

describe('savedTitle', () => {
  it('names the app and the first and last day of the chat', () => {
    expect(savedTitle(summary())).toBe('WhatsApp chat, Feb 14, 2024 to Feb 15, 2024');
    expect(savedTitle(summary({ format: 'telegram' }))).toMatch(/^Telegram chat, /);
  });

  it('names one day once, and leaves dates out when the chat has none', () => {
    const oneDay = summary({ first: '2024-02-14T09:00:00', last: '2024-02-14T22:00:00' });
    expect(savedTitle(oneDay)).toBe('WhatsApp chat, Feb 14, 2024');
    expect(savedTitle(summary({ format: 'messenger', first: null, last: null }))).toBe(
      'Messenger chat',
    );
  });
});

describe('savedByLine', () => {
  it('says who saved it, in the second person for the viewer', () => {
    expect(savedByLine(saved('m1'), circle)).toMatch(/^Saved by you on .*2026/);
    expect(savedByLine(saved('m2'), circle)).toMatch(/^Saved by Jon on .*2026/);
  });

  it('names someone who has left the circle as a former member', () => {
    expect(savedByLine(saved('m3'), circle)).toMatch(/^Saved by a former member on .*2026/);
    expect(savedByLine(saved('gone'), circle)).toMatch(/^Saved by a former member on .*2026/);
  });
});

describe('the rhythm the circle sees', () => {
  it('speaks of both sides or one side, never of a person or a count', () => {
    expect(rhythmSentences(summary().rhythm, 2)).toEqual([
      'The talking is shared by both sides.',
      'Most conversations are started from one side.',
      'No words of thanks showed up in this chat; thanks often live in what people do, too.',
      'Words of repair, like “sorry”, come from both sides.',
      'Replies usually come within an hour.',
      'Replies come sooner from one side than from the other.',
      'In the last 4 weeks of the chat, most messages came from one side.',
      'In the last 4 weeks of the chat, conversations were started from both sides.',
    ]);
  });

  it('speaks of several people in a group, and says when a chat is too short', () => {
    const group = rhythmSentences(summary().rhythm, 5);
    expect(group[0]).toBe('The talking is spread across several people.');
    expect(group[1]).toBe('Most conversations are started by one person.');
    expect(group.join(' ')).not.toMatch(/both sides/);
    const short = rhythmSentences(
      {
        talk: 'thin',
        starts: 'thin',
        questions: 'none',
        thanks: 'thin',
        repair: 'none',
        replyPace: 'unknown',
        replyBalance: 'unknown',
        lately: null,
      },
      2,
    );
    expect(short).toEqual(['This chat is too short to show a rhythm yet.']);
  });

  it('formats the reader’s own share as a percentage', () => {
    expect(formatShare(2 / 3)).toBe('67%');
  });
});

describe('the saved list’s words', () => {
  it('never speak of debt, blame or ranking', () => {
    const words = Object.entries(enChat)
      .filter(([key]) => key.startsWith('chat.saved.') || key.startsWith('chat.rhythm.'))
      .map(([, text]) => text);
    expect(words.length).toBeGreaterThan(5);
    for (const text of words) {
      expect(text).not.toMatch(/\b(owe|debt|score|blame|fault|rank|winner|loser|best|worst)/i);
    }
  });
});
