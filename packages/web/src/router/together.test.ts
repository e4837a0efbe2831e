import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { parseTogetherRoute, togetherPaths } from './together.ts';

describe('together routes', () => {
  it('reads the load, rituals and reminders addresses', () => {
    expect(parseTogetherRoute(['circles', 'c1', 'load'])).toEqual({ name: 'load', circleId: 'c1' });
    expect(parseTogetherRoute(['circles', 'c1', 'rituals'])).toEqual({
      name: 'rituals',
      circleId: 'c1',
    });
    expect(parseTogetherRoute(['reminders'])).toEqual({ name: 'reminders' });
    expect(parseTogetherRoute(['circles', 'c1', 'other'])).toBeUndefined();
    expect(parseTogetherRoute(['circles', 'c1'])).toBeUndefined();
  });

  it('round-trips through the app router', () => {
    expect(parseRoute(togetherPaths.load('a b'), '')).toEqual({ name: 'load', circleId: 'a b' });
    expect(parseRoute(togetherPaths.rituals('x'), '')).toEqual({ name: 'rituals', circleId: 'x' });
    expect(parseRoute(togetherPaths.reminders(), '')).toEqual({ name: 'reminders' });
  });
});
