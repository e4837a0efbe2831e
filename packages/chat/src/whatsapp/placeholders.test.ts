import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBody, isAuthoredSystemLine, mayBePlaceholder } from './placeholders.ts';

describe('classifyBody', () => {
  it.each([
    ['<Media omitted>', 'media'],
    ['<Média vynechány>', 'media'],
    ['<Anhang: PTT-20180129-WA0025.opus>', 'media'],
    ['IMG-20220323-WA0002.jpg (file attached)', 'media'],
    ['Alex.vcf (soubor byl přiložen)', 'media'],
    ['\u200eimage omitted', 'media'],
    ['\u200eBild weggelassen', 'media'],
    ['Some file.txt \u200edocument omitted', 'media'],
    ['Some file.txt \u200eđã bỏ qua tài liệu', 'media'],
    ['\u200fلم يتم إدراج الصورة', 'media'],
    ['null', 'media'],
    ['This message was deleted', 'deleted'],
    ['\u200eYou deleted this message.', 'deleted'],
    ['\u200eDiese Nachricht wurde gelöscht.', 'deleted'],
    ['\u200fتم حذف هذه الرسالة.', 'deleted'],
    ['Hello World', 'text'],
    ['I omitted nothing', 'text'],
    ['<3', 'text'],
    ['', 'text'],
  ])('%j is %s', (body, kind) => {
    expect(classifyBody(body)).toBe(kind);
  });
});

describe('isAuthoredSystemLine', () => {
  it('spots iOS notices attributed to the chat name', () => {
    expect(isAuthoredSystemLine('\u200eMessages and calls are end-to-end encrypted.')).toBe(true);
    expect(
      isAuthoredSystemLine(
        '\u200e\u200eYour security code with Elon changed. \u200eTap to learn more.',
      ),
    ).toBe(true);
  });

  it('leaves a person writing about encryption alone', () => {
    expect(isAuthoredSystemLine('is this end-to-end encrypted?')).toBe(false);
  });
});

describe('mayBePlaceholder', () => {
  const traits = (s: string) =>
    [
      s.length,
      s.length === 0 ? -1 : s.charCodeAt(0),
      s.length === 0 ? -1 : s.charCodeAt(s.length - 1),
      /[\u200e\u200f]/.test(s),
    ] as const;

  it('lets every placeholder through', () => {
    for (const body of [
      '<Media omitted>',
      'null',
      'This message was deleted',
      'this message was deleted.',
      'THIS MESSAGE WAS DELETED',
      '\u200eYou deleted this message.',
      'Tin nhắn này đã bị xóa',
      'تم حذف هذه الرسالة',
      'IMG-20220323-WA0002.jpg (file attached)',
      '\u200eimage omitted',
    ]) {
      expect(mayBePlaceholder(...traits(body)), body).toBe(true);
    }
  });

  it('stops only lines that classifyBody calls text', () => {
    const pieces = fc.constantFrom(
      'This message was deleted',
      'this',
      'message',
      ' ',
      '.',
      ')',
      '(',
      '<',
      '>',
      'null',
      'omitted',
      '\u200e',
      '\u200f',
      'É',
      'Э',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 6 }).map((p) => p.join('')),
          fc.string(),
        ),
        (body) => {
          if (!mayBePlaceholder(...traits(body))) expect(classifyBody(body)).toBe('text');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
