import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain text alone, emoji and accents included', () => {
    expect(csvCell('made tea ☕ for Zoë')).toBe('made tea ☕ for Zoë');
    expect(csvCell('')).toBe('');
    expect(csvCell('2024-03-09T21:58:00.000Z')).toBe('2024-03-09T21:58:00.000Z');
  });

  it('quotes a cell with a comma, a quote, CR or LF, doubling its quotes', () => {
    expect(csvCell('Asha, the planner')).toBe('"Asha, the planner"');
    expect(csvCell('she said "thanks"')).toBe('"she said ""thanks"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell('"')).toBe('""""');
  });

  it('makes a cell that looks like a formula inert with a leading apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tindented')).toBe("'\tindented");
    expect(csvCell('\rreturn')).toBe(`"'\rreturn"`);
    expect(csvCell('=HYPERLINK("https://example.test/x","click")')).toBe(
      `"'=HYPERLINK(""https://example.test/x"",""click"")"`,
    );
  });

  it('only looks at the first character for formulas', () => {
    expect(csvCell('1=1')).toBe('1=1');
    expect(csvCell('a-b')).toBe('a-b');
    expect(csvCell(' =1')).toBe(' =1');
  });
});

describe('csvDocument', () => {
  it('ends every record with CRLF, the last one too', () => {
    expect(
      csvDocument([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes an empty document as nothing', () => {
    expect(csvDocument([])).toBe('');
  });
});
