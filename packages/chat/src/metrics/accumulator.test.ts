import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../model.ts';
import { MetricsAccumulator } from './accumulator.ts';

const at = (
  author: string | null,
  minute: number,
  text = 'hi',
  kind: ChatMessage['kind'] = 'text',
): ChatMessage => ({
  author,
  time: minute * 60_000,
  zoned: true,
  kind,
  text,
});

describe('MetricsAccumulator', () => {
  it('measures replies between turns, not within them', () => {
    const m = new MetricsAccumulator();
    for (const msg of [at('A', 0), at('A', 1), at('B', 5), at('B', 6), at('A', 16)]) m.add(msg);
    const [a, b] = m.participants();
    expect(a!.name).toBe('A');
    expect(a!.medianReplySeconds).toBe(600);
    expect(b!.medianReplySeconds).toBe(240);
  });

  it('clamps replies that go back in time to zero', () => {
    const m = new MetricsAccumulator();
    m.add(at('A', 60));
    m.add(at('B', 0));
    expect(m.participants().find((p) => p.name === 'B')!.medianReplySeconds).toBe(0);
  });

  it('counts conversation starts after the silence instead of a reply', () => {
    const m = new MetricsAccumulator({ silenceSeconds: 3600 });
    for (const msg of [at('A', 0), at('B', 30), at('B', 200), at('A', 205)]) m.add(msg);
    const byName = Object.fromEntries(m.participants().map((p) => [p.name, p]));
    expect(byName['A']!.conversationStarts).toBe(1);
    expect(byName['B']!.conversationStarts).toBe(1);
    expect(byName['B']!.replies).toBe(1);
    expect(byName['B']!.conversationStartsBySilence).toEqual({ '1h': 1, '6h': 0, '24h': 0 });
  });

  it('keeps system lines out of people and turns', () => {
    const m = new MetricsAccumulator();
    m.add(at('A', 0));
    m.add(at(null, 1, 'Alice joined', 'system'));
    m.add(at('B', 2, '<Media omitted>', 'media'));
    expect(m.messages).toBe(2);
    expect(m.systemMessages).toBe(1);
    const shares = m.participants().map((p) => p.shareOfMessages);
    expect(shares.reduce((x, y) => x + y, 0)).toBeCloseTo(1);
  });

  it('tallies every count per week, weeks starting on Monday', () => {
    const m = new MetricsAccumulator();
    const monday = Date.UTC(2024, 2, 4) / 60_000;
    m.add(at('A', monday + 10, 'are you there?'));
    m.add(at('B', monday + 15, 'yes, thanks'));
    m.add(at('A', monday + 7 * 1440, 'sorry, new week'));
    const weeks = m.weekly();
    expect(weeks.map((w) => w.start)).toEqual(['2024-03-04', '2024-03-11']);
    expect(weeks[0]!.participants['A']).toMatchObject({
      messages: 1,
      questions: 1,
      conversationStarts: 1,
    });
    expect(weeks[0]!.participants['B']).toMatchObject({
      appreciations: 1,
      medianReplySeconds: 300,
    });
    expect(weeks[1]!.participants).toEqual({
      A: expect.objectContaining({ messages: 1, apologies: 1, conversationStarts: 1 }),
    });
  });
});
