import type { ChatReport, ParticipantReport } from '@recipro/chat';
import { describe, expect, it } from 'vitest';
import { bar, humanSeconds, readableTime, renderTextReport } from './analyze-text.ts';

const person = (name: string, messages: number): ParticipantReport =>
  ({
    name,
    messages,
    words: messages * 5,
    questions: 1234,
    media: 0,
    deleted: 0,
    conversationStarts: 2,
    medianReplySeconds: 150,
    replies: 1,
    apologies: 0,
    appreciations: 3,
    conversationStartsBySilence: {},
    shareOfMessages: messages / 1_500_000,
    shareOfWords: messages / 1_500_000,
  }) as ParticipantReport;

const report: ChatReport = {
  format: 'telegram',
  chatName: 'Sis',
  messages: 1_500_000,
  systemMessages: 1,
  first: '2022-02-01T10:00:00Z',
  last: '2024-03-09T21:58:30Z',
  silenceSeconds: 6 * 3600,
  participants: [person('Ana', 1_000_000), person('Bo', 500_000)],
  weeks: [],
};

describe('renderTextReport', () => {
  it('writes long counts with separators and times for reading', () => {
    const text = renderTextReport(report);
    expect(text).toContain(
      'telegram chat "Sis": 1,500,000 messages from 2 people (and 1 system line)',
    );
    expect(text).toContain('from 2022-02-01 10:00 UTC to 2024-03-09 21:58 UTC');
    expect(text).toMatch(/Ana\s+█{16}\s+67%\s+1,000,000 messages, 5,000,000 words/);
    expect(text).toMatch(/Bo\s+█+\s+50%\s+1,234/);
    expect(text).toMatch(/Ana\s+3 min\s+over 1 reply/);
  });

  it('says so when there are no messages', () => {
    const empty = {
      ...report,
      messages: 0,
      systemMessages: 0,
      first: null,
      last: null,
      participants: [],
    };
    expect(renderTextReport(empty)).toBe(
      'telegram chat "Sis": 0 messages from 0 people\nno messages\n',
    );
  });
});

describe('text pieces', () => {
  it('keeps the wall clock of exports without a zone', () => {
    expect(readableTime('2024-03-09T21:58:00')).toBe('2024-03-09 21:58');
  });

  it('draws bars in eighths and durations in the largest sensible unit', () => {
    expect(bar(1)).toBe('█'.repeat(24));
    expect(bar(0.5 + 1 / 48).trimEnd()).toBe('████████████▌');
    expect([45, 600, 5400, 200_000].map(humanSeconds)).toEqual([
      '45 s',
      '10 min',
      '1.5 h',
      '2.3 d',
    ]);
    expect(humanSeconds(null)).toBe('–');
  });
});
