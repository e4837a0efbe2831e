import { describe, expect, it } from 'vitest';
import { isRevealed, isRevealedTo, revealStatus } from './reveal.ts';

describe('the reveal rule', () => {
  it('stays open until everyone has answered', () => {
    expect(revealStatus({ closed: false, memberCount: 3, answeredCount: 0 })).toBe('open');
    expect(revealStatus({ closed: false, memberCount: 3, answeredCount: 2 })).toBe('open');
    expect(isRevealed({ closed: false, memberCount: 3, answeredCount: 2 })).toBe(false);
  });

  it('reveals when everyone has answered, or when closed', () => {
    expect(revealStatus({ closed: false, memberCount: 3, answeredCount: 3 })).toBe('revealed');
    expect(revealStatus({ closed: true, memberCount: 3, answeredCount: 1 })).toBe('closed');
    expect(isRevealed({ closed: true, memberCount: 3, answeredCount: 0 })).toBe(true);
  });

  it("never shows others' answers to a member who has not answered, even once closed", () => {
    const closed = { closed: true, memberCount: 2, answeredCount: 1 };
    expect(isRevealedTo({ ...closed, answeredByMe: false })).toBe(false);
    expect(isRevealedTo({ ...closed, answeredByMe: true })).toBe(true);
    const open = { closed: false, memberCount: 2, answeredCount: 1 };
    expect(isRevealedTo({ ...open, answeredByMe: true })).toBe(false);
    const all = { closed: false, memberCount: 2, answeredCount: 2 };
    expect(isRevealedTo({ ...all, answeredByMe: true })).toBe(true);
  });
});
