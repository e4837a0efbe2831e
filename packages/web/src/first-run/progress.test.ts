import { describe, expect, it } from 'vitest';
import { currentStep, mayMoveOn, stepAfter, stepBefore, stepsDone } from './progress.ts';

const none = { hasCircle: false, invited: false, othersJoined: false, acted: false };

describe('where a person stands on the first-run path', () => {
  it('starts at making a circle', () => {
    expect(currentStep(none)).toBe('circle');
    expect(mayMoveOn('circle', none)).toBe(false);
  });

  it('moves on to inviting once there is a circle', () => {
    const facts = { ...none, hasCircle: true };
    expect(currentStep(facts)).toBe('invite');
    expect(mayMoveOn('circle', facts)).toBe(true);
    expect(mayMoveOn('invite', facts)).toBe(false);
  });

  it('counts an open invitation, a request to join or a member as invited', () => {
    const invited = { ...none, hasCircle: true, invited: true };
    expect(currentStep(invited)).toBe('act');
    const joined = { ...none, hasCircle: true, othersJoined: true };
    expect(stepsDone(joined).invite).toBe(true);
    expect(currentStep(joined)).toBe('act');
  });

  it('lets a person read on while nobody has joined, but not skip logging once someone has', () => {
    expect(mayMoveOn('act', { ...none, hasCircle: true, invited: true })).toBe(true);
    expect(mayMoveOn('act', { ...none, hasCircle: true, othersJoined: true })).toBe(false);
    expect(mayMoveOn('act', { ...none, hasCircle: true, othersJoined: true, acted: true })).toBe(
      true,
    );
  });

  it('ends with what “I noticed” means, which data never marks as read', () => {
    const all = { hasCircle: true, invited: true, othersJoined: true, acted: true };
    expect(currentStep(all)).toBe('noticed');
    expect(stepsDone(all).noticed).toBe(false);
    expect(stepAfter('noticed')).toBeUndefined();
    expect(stepBefore('circle')).toBeUndefined();
    expect(stepAfter('invite')).toBe('act');
    expect(stepBefore('act')).toBe('invite');
  });

  it('counts nothing as done without a circle', () => {
    expect(stepsDone({ ...none, invited: true, acted: true })).toEqual({
      circle: false,
      invite: false,
      act: false,
      noticed: false,
    });
  });
});
