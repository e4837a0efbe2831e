import { describe, expect, it } from 'vitest';
import { ChatParseError } from '../errors.ts';
import type { ChatMessage } from '../model.ts';
import { WhatsAppLineParser } from './parser.ts';

const parse = (text: string, dateOrder?: 'dmy' | 'mdy') => {
  const messages: ChatMessage[] = [];
  const parser = new WhatsAppLineParser((m) => messages.push(m), dateOrder ? { dateOrder } : {});
  for (const line of text.split('\n')) parser.pushLine(line);
  const decision = parser.end();
  return { messages, decision };
};

describe('WhatsAppLineParser', () => {
  it('keeps export order while the date order is still undecided', () => {
    const { messages, decision } = parse(
      ['01/02/24, 10:00 - A: one', '02/02/24, 10:00 - B: two', '13/02/24, 10:00 - A: three'].join(
        '\n',
      ),
    );
    expect(decision).toEqual({ order: 'dmy', decidedBy: 'dates' });
    expect(messages.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(messages.map((m) => new Date(m.time).toISOString().slice(0, 10))).toEqual([
      '2024-02-01',
      '2024-02-02',
      '2024-02-13',
    ]);
  });

  it('joins continuation lines, drops lines before the first header and trailing blank lines', () => {
    const { messages } = parse(
      [
        'Exported chat',
        '01/02/24, 10:00 - A:',
        '',
        'after a blank line',
        '01/02/24, 10:01 - B: x',
        '',
        '',
      ].join('\n'),
      'dmy',
    );
    expect(messages.map((m) => [m.author, m.text])).toEqual([
      ['A', '\n\nafter a blank line'],
      ['B', 'x'],
    ]);
  });

  it('reads an unauthored line as a system line', () => {
    const { messages } = parse('01/02/24, 10:00 - B added C\n01/02/24, 10:01 - C: hi', 'dmy');
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      [null, 'system'],
      ['C', 'text'],
    ]);
  });

  it('treats a header whose date is impossible in the file order as text', () => {
    const { messages } = parse('13/02/24, 10:00 - A: one\n02/13/24, 10:00 - B: pasted');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toBe('one\n02/13/24, 10:00 - B: pasted');
  });

  it('refuses text without any header', () => {
    expect(() => parse('just\nsome\nnotes')).toThrow(ChatParseError);
  });
});
