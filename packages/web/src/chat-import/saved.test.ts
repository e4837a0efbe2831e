import { describe, expect, it } from 'vitest';
import type { ChatSummary, ChatSummaryPerson, SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { en } from '../i18n/en.ts';
import { formatShare, messageShare, savedByLine, savedTitle } from './saved.ts';

const person = (name: string, counts: Partial<ChatSummaryPerson> = {}): ChatSummaryPerson => ({
  name,
  messages: 0,
  words: 0,
  questions: 0,
  media: 0,
  conversationStarts: 0,
  medianReplySeconds: null,
  apologies: 0,
  appreciations: 0,
  ...counts,
});

const summary = (changes: Partial<ChatSummary> = {}): ChatSummary => ({
  format: 'whatsapp',
  messages: 9,
  systemMessages: 0,
  first: '2024-02-14T09:00:00',
  last: '2024-02-15T21:30:00',
  participants: [person('Mira', { messages: 6 }), person('Jon', { messages: 3 })],
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
};

const saved = (memberId: string): SavedChatSummary => ({
  id: 's1',
  circleId: 'c1',
  memberId,
  summary: summary(),
  createdAt: '2026-03-03T10:15:00Z',
});

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

describe('messageShare', () => {
  it('uses the saved share, or counts it from the messages', () => {
    const withShare = person('Mira', { messages: 6, shareOfMessages: 0.6 });
    expect(messageShare(withShare, summary())).toBe(0.6);
    const [mira, jon] = summary().participants;
    expect(messageShare(mira!, summary())).toBeCloseTo(2 / 3);
    expect(messageShare(jon!, summary())).toBeCloseTo(1 / 3);
    expect(formatShare(2 / 3)).toBe('67%');
  });

  it('is zero for a chat without messages', () => {
    const quiet = summary({ participants: [person('Mira')] });
    expect(messageShare(quiet.participants[0]!, quiet)).toBe(0);
  });
});

describe('the saved list’s words', () => {
  it('never speak of debt, blame or ranking', () => {
    const words = Object.entries(en)
      .filter(([key]) => key.startsWith('chat.saved.'))
      .map(([, text]) => text);
    expect(words.length).toBeGreaterThan(5);
    for (const text of words) {
      expect(text).not.toMatch(/\b(owe|debt|score|blame|fault|rank|winner|loser|best|worst)/i);
    }
  });
});
