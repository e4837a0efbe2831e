import { analyzeChat, chatSummary, type ChatReport, type ParticipantReport } from '@recipro/chat';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { parseRoute, paths } from '../router.ts';
import { errorText, formatChatDate, formatDuration } from './format.ts';
import { rhythmSentences } from './rhythm-words.ts';
import { busiestWeek, weekRows } from './weeks.ts';

const CHAT = [
  '03/03/2025, 09:00 - Mira: Good morning, did you sleep?',
  '03/03/2025, 09:05 - Jon: Yes thanks! You?',
  '03/03/2025, 09:06 - Mira: Sorry, I was late last night',
  '13/03/2025, 18:00 - Jon: Thank you for dinner',
  '13/03/2025, 18:20 - Mira: <Media omitted>',
].join('\n');

const analyze = () => analyzeChat([new TextEncoder().encode(CHAT)]);

const person = (name: string, counts: Partial<ParticipantReport>): ParticipantReport => ({
  name,
  messages: 0,
  words: 0,
  questions: 0,
  media: 0,
  deleted: 0,
  conversationStarts: 0,
  conversationStartsBySilence: {},
  medianReplySeconds: null,
  replies: 0,
  apologies: 0,
  appreciations: 0,
  shareOfMessages: 0,
  shareOfWords: 0,
  ...counts,
});

// The chat's words load with its screen (i18n/areas.ts).
beforeAll(() => loadArea('chat'));

describe('chatSummary', () => {
  it('keeps the chat’s rhythm only: no name, no message and nobody’s own numbers', async () => {
    const report = await analyze();
    const summary = chatSummary(report);
    expect(Object.keys(summary).sort()).toEqual(
      ['first', 'format', 'last', 'messages', 'people', 'rhythm'].sort(),
    );
    expect(summary).toMatchObject({ format: 'whatsapp', messages: 5, people: 2 });
    expect(Object.keys(summary.rhythm).sort()).toEqual(
      [
        'lately',
        'questions',
        'repair',
        'replyBalance',
        'replyPace',
        'starts',
        'talk',
        'thanks',
      ].sort(),
    );
    const json = JSON.stringify(summary);
    for (const words of ['Mira', 'Jon', 'Good morning', 'sleep', 'late last night', 'dinner']) {
      expect(json).not.toContain(words);
    }
    // Every value of the rhythm is a word for a pattern, never a count.
    for (const value of Object.values(summary.rhythm)) {
      expect(value === null || typeof value === 'string').toBe(true);
    }
  });

  it('holds no trace of how many people wrote what, however many people there are', () => {
    const report: ChatReport = {
      format: 'telegram',
      messages: 150,
      systemMessages: 0,
      first: null,
      last: null,
      silenceSeconds: 21_600,
      participants: Array.from({ length: 150 }, (_, i) =>
        person(`Person ${i}`, { messages: 1, shareOfMessages: 1 / 150 }),
      ),
      weeks: [],
    };
    const summary = chatSummary(report);
    expect(summary.people).toBe(150);
    expect(JSON.stringify(summary)).not.toMatch(/Person|shareOf/);
  });
});

describe('the rhythm before saving', () => {
  it('says whether starts, questions, thanks and repair are shared, naming nobody', async () => {
    const sentences = rhythmSentences(chatSummary(await analyze()).rhythm, 2);
    expect(sentences).toContain('The talking is shared by both sides.');
    expect(sentences).toContain('Replies usually come within minutes.');
    const text = sentences.join(' ');
    expect(text).not.toMatch(/Mira|Jon|\d/);
    expect(text).not.toMatch(/\b(never|fails?|only|blame|owe|most often)\b/i);
  });
});

describe('weeks', () => {
  it('counts everyone’s messages together per Monday-week and finds the busiest', async () => {
    const rows = weekRows(await analyze());
    expect(rows).toEqual([
      { start: '2025-03-03', total: 3 },
      { start: '2025-03-10', total: 2 },
    ]);
    expect(busiestWeek(rows)?.start).toBe('2025-03-03');
  });
});

describe('formatting', () => {
  it('shows wall-clock dates as written and durations rounded', () => {
    expect(formatChatDate('2024-02-14T23:30:00')).toBe('Feb 14, 2024');
    expect(formatChatDate('2024-02-14T08:00:00Z')).toBe('Feb 14, 2024');
    expect(formatDuration(40)).toBe('40 seconds');
    expect(formatDuration(420)).toBe('7 minutes');
    expect(formatDuration(3 * 3600)).toBe('3 hours');
    expect(formatDuration(3 * 86_400)).toBe('3 days');
  });

  it('has a friendly sentence for every error, with no code in it', () => {
    for (const code of [
      'empty',
      'binary',
      'truncated_json',
      'invalid_json',
      'not_a_chat',
      'too_large',
      'bad_zip',
      'unexpected',
    ] as const) {
      const text = errorText(code);
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toContain('_');
    }
    expect(errorText('too_large')).toContain('200 megabytes');
  });
});

describe('the import route', () => {
  it('lives under a circle', () => {
    expect(paths.chatImport('c 1')).toBe('/circles/c%201/import');
    expect(parseRoute('/circles/c%201/import', '')).toEqual({
      name: 'chatImport',
      circleId: 'c 1',
    });
  });
});
