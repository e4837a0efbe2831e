import { describe, expect, it } from 'vitest';
import { isRevealed, revealStatus } from './reveal.ts';

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
});
