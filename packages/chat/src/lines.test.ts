import { describe, expect, it } from 'vitest';
import { ChatParseError } from './errors.ts';
import { LineSplitter, MAX_LINE_CHARS } from './lines.ts';

const split = (chunks: Uint8Array[]): string[] => {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l));
  for (const c of chunks) s.push(c);
  s.end();
  return lines;
};

describe('LineSplitter', () => {
  it('splits LF and CRLF and keeps the last line without a break', () => {
    const bytes = new TextEncoder().encode('a\r\nb\n\nc');
    expect(split([bytes])).toEqual(['a', 'b', '', 'c']);
  });

  it('joins characters and lines cut between chunks', () => {
    const bytes = new TextEncoder().encode('añ😆\r\nzweite Zeile\n');
    const oneByOne = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(split(oneByOne)).toEqual(['añ😆', 'zweite Zeile']);
  });

  it('refuses a line longer than any chat message', () => {
    const s = new LineSplitter(() => {});
    const chunk = new Uint8Array(1 << 20).fill(0x61);
    expect(() => {
      for (let i = 0; i <= MAX_LINE_CHARS / chunk.length; i++) s.push(chunk);
    }).toThrow(ChatParseError);
  });
});
