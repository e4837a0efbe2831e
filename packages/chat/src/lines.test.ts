import { describe, expect, it } from 'vitest';
import { LineSplitter } from './lines.ts';

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
});
