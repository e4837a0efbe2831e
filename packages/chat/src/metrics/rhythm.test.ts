import { describe, expect, it } from 'vitest';
import { analyzeChat } from '../analyze.ts';
import type { ParticipantReport, WeekReport } from './report.ts';
import {
  chatRhythm,
  replyBalanceOf,
  replyPaceOf,
  rhythmOf,
  spreadOf,
  type ChatRhythm,
} from './rhythm.ts';
import type { TallySummary } from './tally.ts';

const person = (name: string, counts: Partial<ParticipantReport> = {}): ParticipantReport => ({
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

const tally = (counts: Partial<TallySummary>): TallySummary => ({
  messages: 0,
  words: 0,
  questions: 0,
  media: 0,
  deleted: 0,
  conversationStarts: 0,
  medianReplySeconds: null,
  replies: 0,
  apologies: 0,
  appreciations: 0,
  ...counts,
});

const week = (start: string, participants: Record<string, Partial<TallySummary>>): WeekReport => ({
  start,
  participants: Object.fromEntries(
    Object.entries(participants).map(([name, counts]) => [name, tally(counts)]),
  ),
});

describe('spreadOf', () => {
  it('says none, thin, shared or one side, never who', () => {
    expect(spreadOf([0, 0])).toBe('none');
    expect(spreadOf([2, 0])).toBe('thin');
    expect(spreadOf([5])).toBe('thin');
    expect(spreadOf([2, 1])).toBe('shared');
    expect(spreadOf([6, 4])).toBe('shared');
    expect(spreadOf([7, 3])).toBe('one_side');
    expect(spreadOf([3, 7])).toBe('one_side');
    expect(spreadOf([3, 0])).toBe('one_side');
    expect(spreadOf([4, 3, 3])).toBe('shared');
    expect(spreadOf([8, 1, 1])).toBe('one_side');
  });

  it('reads the same whichever order the people come in', () => {
    for (const counts of [
      [1, 9],
      [5, 5],
      [0, 2, 7],
      [10, 4, 1, 0],
    ]) {
      expect(spreadOf([...counts].reverse())).toBe(spreadOf(counts));
    }
  });
});

describe('reply pace and balance', () => {
  it('takes the band of the slowest median, so half of everyone’s replies came within it', () => {
    expect(replyPaceOf([])).toBe('unknown');
    expect(replyPaceOf([null, null])).toBe('unknown');
    expect(replyPaceOf([60, 900])).toBe('minutes');
    expect(replyPaceOf([60, 901])).toBe('hour');
    expect(replyPaceOf([3600, null])).toBe('hour');
    expect(replyPaceOf([30, 86_400])).toBe('day');
    expect(replyPaceOf([30, 86_401])).toBe('longer');
  });

  it('calls replies uneven only when one side is much slower, by minutes that matter', () => {
    expect(replyBalanceOf([60])).toBe('unknown');
    expect(replyBalanceOf([60, null])).toBe('unknown');
    expect(replyBalanceOf([60, 600])).toBe('even');
    expect(replyBalanceOf([600, 2000])).toBe('even');
    expect(replyBalanceOf([60, 300])).toBe('even');
    expect(replyBalanceOf([600, 2400])).toBe('uneven');
    expect(replyBalanceOf([3600, 600])).toBe('uneven');
  });
});

describe('rhythmOf', () => {
  it('holds only patterns: no name and no count of anyone', () => {
    const rhythm = rhythmOf([
      person('Mira Lopez', {
        messages: 40,
        conversationStarts: 9,
        questions: 12,
        appreciations: 1,
        apologies: 0,
        medianReplySeconds: 120,
      }),
      person('Jon Baker', {
        messages: 35,
        conversationStarts: 1,
        questions: 10,
        appreciations: 7,
        apologies: 2,
        medianReplySeconds: 5400,
      }),
    ]);
    expect(rhythm).toEqual<ChatRhythm>({
      talk: 'shared',
      starts: 'one_side',
      questions: 'shared',
      thanks: 'one_side',
      repair: 'thin',
      replyPace: 'day',
      replyBalance: 'uneven',
      lately: null,
    });
    const json = JSON.stringify(rhythm);
    for (const words of ['Mira', 'Jon', '40', '35', '9', '5400']) expect(json).not.toContain(words);
  });

  it('looks at the last four calendar weeks as "lately" when the chat is longer', () => {
    const people = [person('A', { messages: 20 }), person('B', { messages: 20 })];
    const weeks = [
      week('2025-01-06', { A: { messages: 10, conversationStarts: 3 }, B: { messages: 12 } }),
      week('2025-02-03', { A: { messages: 1 }, B: { messages: 6, conversationStarts: 2 } }),
      week('2025-02-17', { B: { messages: 2, conversationStarts: 2 } }),
    ];
    expect(rhythmOf(people, weeks).lately).toEqual({
      weeks: 4,
      talk: 'one_side',
      starts: 'one_side',
    });
    // Four weeks or fewer in all: nothing to tell apart from the whole.
    expect(rhythmOf(people, weeks.slice(1)).lately).toBeNull();
    expect(rhythmOf(people, []).lately).toBeNull();
  });

  it('counts a person who wrote nothing lately as a side of their own', () => {
    const people = [person('A'), person('B')];
    const weeks = [
      week('2025-01-06', { A: { messages: 5 }, B: { messages: 5 } }),
      week('2025-03-03', { A: { messages: 4, conversationStarts: 3 } }),
    ];
    expect(rhythmOf(people, weeks).lately).toEqual({
      weeks: 4,
      talk: 'one_side',
      starts: 'one_side',
    });
  });

  it('reads an analysed chat', async () => {
    const chat = [
      '03/03/2025, 09:00 - Mira: Good morning, did you sleep?',
      '03/03/2025, 09:05 - Jon: Yes thanks! You?',
      '03/03/2025, 09:06 - Mira: Sorry, I was late last night',
      '13/03/2025, 18:00 - Jon: Thank you for dinner',
      '13/03/2025, 18:20 - Mira: <Media omitted>',
    ].join('\n');
    const rhythm = chatRhythm(await analyzeChat([new TextEncoder().encode(chat)]));
    expect(rhythm).toMatchObject({ talk: 'shared', thanks: 'thin', replyPace: 'minutes' });
    expect(rhythm.lately).toBeNull();
  });
});
