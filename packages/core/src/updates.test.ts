import { describe, expect, it } from 'vitest';
import { othersConcerned, UPDATE_KINDS } from './updates.ts';

describe('othersConcerned', () => {
  it('leaves out the one who acted, nobody, and repeats', () => {
    expect(othersConcerned(['b', null, 'a', 'c', 'b', 'a'], 'a')).toEqual(['b', 'c']);
  });

  it('is empty when the change concerns only the one who made it', () => {
    expect(othersConcerned(['a', 'a', null], 'a')).toEqual([]);
  });
});

describe('UPDATE_KINDS', () => {
  it('names each kind once', () => {
    expect(new Set(UPDATE_KINDS).size).toBe(UPDATE_KINDS.length);
  });
});
