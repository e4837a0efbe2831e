import { analyzeChat, type ChatReport, type ParticipantReport } from '@recipro/chat';
import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../router.ts';
import { errorText, formatChatDate, formatDuration } from './format.ts';
import { warmWords } from './insights.ts';
import { toSummary } from './summary.ts';
import { busiestWeek, OTHERS, weekRows } from './weeks.ts';

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

describe('toSummary', () => {
  it('keeps only the fields the server accepts, with no text of any message', async () => {
    const report = await analyze();
    const summary = toSummary(report);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'first',
        'format',
        'last',
        'messages',
        'participants',
        'silenceSeconds',
        'systemMessages',
      ].sort(),
    );
    expect(Object.keys(summary.participants[0] ?? {}).sort()).toEqual(
      [
        'apologies',
        'appreciations',
        'conversationStarts',
        'media',
        'medianReplySeconds',
        'messages',
        'name',
        'questions',
        'shareOfMessages',
        'words',
      ].sort(),
    );
    expect(summary.participants.map((p) => p.name)).toEqual(['Mira', 'Jon']);
    const json = JSON.stringify(summary);
    for (const words of ['Good morning', 'sleep', 'late last night', 'dinner', 'Media omitted']) {
      expect(json).not.toContain(words);
    }
  });

  it('keeps at most 100 people and 200 characters of a name', () => {
    const report: ChatReport = {
      format: 'telegram',
      messages: 150,
      systemMessages: 0,
      first: null,
      last: null,
      silenceSeconds: 21_600,
      participants: Array.from({ length: 150 }, (_, i) => person(`${i}`.padEnd(300, 'x'), {})),
      weeks: [],
    };
    const summary = toSummary(report);
    expect(summary.participants).toHaveLength(100);
    expect(summary.participants[0]?.name).toHaveLength(200);
  });
});

describe('warm words', () => {
  it('says whether starts, questions, thanks and repair are shared, naming nobody ahead', async () => {
    const sentences = warmWords((await analyze()).participants);
    expect(sentences).toContain('Mira and Jon open the conversation about equally often.');
    expect(sentences).toContain('Mira and Jon ask questions about equally often.');
    expect(sentences).toContain('Most of the words of thanks in this chat came from one person.');
    expect(sentences).toContain(
      'Most of the words of repair, like “sorry”, in this chat came from one person.',
    );
    expect(sentences.join(' ')).not.toMatch(/most often|\d+ times?\b/);
    expect(sentences.join(' ')).not.toMatch(/\b(never|fails?|only|blame|owe)\b/i);
  });

  it('says gently when no thanks were found, and skips what nobody did', () => {
    const sentences = warmWords([person('A', { messages: 3 }), person('B', { messages: 1 })]);
    expect(sentences).toEqual([
      'No words of thanks showed up in this chat; thanks often live in what people do, too.',
    ]);
  });
});

describe('weeks', () => {
  it('counts messages per Monday-week and finds the busiest', async () => {
    const { series, rows } = weekRows(await analyze());
    expect(series).toEqual(['Mira', 'Jon']);
    expect(rows.map((r) => [r.start, r.total])).toEqual([
      ['2025-03-03', 3],
      ['2025-03-10', 2],
    ]);
    expect(busiestWeek(rows)?.start).toBe('2025-03-03');
  });

  it('groups everyone past the fourth person', () => {
    const people = ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => person(n, { messages: 1 }));
    const tally = { ...person('', {}), messages: 1 };
    const report: ChatReport = {
      format: 'whatsapp',
      messages: 6,
      systemMessages: 0,
      first: null,
      last: null,
      silenceSeconds: 21_600,
      participants: people,
      weeks: [
        {
          start: '2025-01-06',
          participants: Object.fromEntries(people.map((p) => [p.name, tally])),
        },
      ],
    };
    const { series, rows } = weekRows(report);
    expect(series).toEqual(['A', 'B', 'C', 'D', OTHERS]);
    expect(rows[0]?.[OTHERS]).toBe(2);
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
