import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { guidePaths } from './routes.ts';

describe('the addresses of guides and guided rituals', () => {
  it('opens the list and one guide', () => {
    expect(parseRoute(guidePaths.list(), '')).toEqual({ name: 'guides' });
    expect(parseRoute(guidePaths.guide('three-kinds'), '')).toEqual({
      name: 'guide',
      guideId: 'three-kinds',
    });
    expect(parseRoute('/guides/a/b', '').name).toBe('notFound');
  });
});
