import { describe, expect, it } from 'vitest';
import type { CircleDetail } from '../api.ts';
import { aboutLine, answeredLine, dayInWords, waitingNames } from './words.ts';

const circle = {
  id: 'c1',
  name: 'The Lins',
  kind: 'family',
  myMemberId: 'me',
  members: [
    { id: 'me', name: 'Ana', joinedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'b', name: 'Ben', joinedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'c', name: 'Cleo', joinedAt: '2026-01-01T00:00:00.000Z' },
  ],
} as unknown as CircleDetail;

describe('who has answered, said by name', () => {
  it('puts the reader first as "you", and never a count', () => {
    expect(answeredLine(circle, [])).toBe('Nobody has answered yet.');
    expect(answeredLine(circle, ['me'])).toBe('You have answered.');
    expect(answeredLine(circle, ['b'])).toBe('Ben has answered.');
    expect(answeredLine(circle, ['b', 'c'])).toBe('Ben and Cleo have answered.');
    expect(answeredLine(circle, ['b', 'me'])).toBe('You and Ben have answered.');
    expect(answeredLine(circle, ['me', 'b', 'c'])).toBe('You, Ben, and Cleo have answered.');
    for (const line of [answeredLine(circle, ['b', 'c']), answeredLine(circle, ['me', 'b'])]) {
      expect(line).not.toMatch(/\d/);
    }
  });

  it('names whom the answers wait for, leaving out the reader', () => {
    expect(waitingNames(circle, ['b', 'c'])).toBe('Ben and Cleo');
    expect(waitingNames(circle, ['me', 'c'])).toBe('Cleo');
    expect(waitingNames(circle, ['me'])).toBeUndefined();
    expect(waitingNames(circle, [])).toBeUndefined();
  });
});

describe('a question’s theme and day', () => {
  it('says the theme and depth in words', () => {
    expect(aboutLine('exchanges', 'light')).toBe('What we give each other · a light one');
    expect(aboutLine('repair', 'deeper')).toBe('Repair · a deeper one');
  });

  it('says a calendar day as that day, in any time zone of the browser', () => {
    expect(dayInWords('2026-03-09')).toBe('Monday, March 9, 2026');
    expect(dayInWords('2026-01-01')).toBe('Thursday, January 1, 2026');
  });
});
