import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { ritualGuidePath } from './ritual-guide.ts';
import { guidePaths } from './guides.ts';

describe('the addresses of guides and guided rituals', () => {
  it('opens the list and one guide', () => {
    expect(parseRoute(guidePaths.list(), '')).toEqual({ name: 'guides' });
    expect(parseRoute(guidePaths.guide('three-kinds'), '')).toEqual({
      name: 'guide',
      guideId: 'three-kinds',
    });
    expect(parseRoute('/guides/a/b', '').name).toBe('notFound');
  });

  it('opens a ritual’s guide under its circle, and leaves the rituals page where it was', () => {
    expect(parseRoute(ritualGuidePath('c1', 'r1'), '')).toEqual({
      name: 'ritualGuide',
      circleId: 'c1',
      ritualId: 'r1',
    });
    expect(parseRoute('/circles/c1/rituals', '')).toEqual({ name: 'rituals', circleId: 'c1' });
    expect(parseRoute('/circles/c1/checkin/k1', '').name).toBe('cycle');
    expect(parseRoute('/circles/c1/load/x', '').name).toBe('notFound');
  });
});
