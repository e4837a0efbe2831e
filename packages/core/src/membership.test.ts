import { describe, expect, it } from 'vitest';
import { keeperMayRemove, maxMembers, nextKeeper } from './membership.ts';

describe('membership rules', () => {
  it('lets a couple be two people and other circles grow', () => {
    expect(maxMembers('couple')).toBe(2);
    expect(maxMembers('family')).toBeNull();
    expect(maxMembers('friends')).toBeNull();
    expect(maxMembers('team')).toBeNull();
  });

  it('lets the keeper remove members everywhere but in a couple', () => {
    expect(keeperMayRemove('couple')).toBe(false);
    expect(keeperMayRemove('family')).toBe(true);
    expect(keeperMayRemove('team')).toBe(true);
  });

  it('passes the keeper role to the longest-standing member who stays', () => {
    expect(nextKeeper('a', 'b', ['a', 'b', 'c'])).toBe('a');
    expect(nextKeeper('a', 'a', ['a', 'b', 'c'])).toBe('b');
    expect(nextKeeper('a', 'a', ['a'])).toBeNull();
    expect(nextKeeper(null, 'c', ['a', 'b', 'c'])).toBe('a');
    expect(nextKeeper('gone', 'c', ['a', 'b', 'c'])).toBe('a');
  });
});
