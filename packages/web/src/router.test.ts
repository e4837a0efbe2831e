import { describe, expect, it } from 'vitest';
import { parseRoute, paths, safeNext } from './router.ts';

describe('parseRoute', () => {
  it('names every screen', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'home' });
    expect(parseRoute('/circles/c1', '')).toEqual({ name: 'circle', circleId: 'c1' });
    expect(parseRoute('/invite/abc', '')).toEqual({ name: 'invite', token: 'abc' });
    expect(parseRoute('/signin', '?next=%2Fcircles%2Fc1')).toEqual({
      name: 'signIn',
      next: '/circles/c1',
    });
    expect(parseRoute('/signup', '')).toEqual({ name: 'signUp', next: undefined });
    expect(parseRoute('/support', '')).toEqual({ name: 'support' });
    expect(parseRoute('/support/more', '')).toEqual({ name: 'notFound' });
    expect(parseRoute(paths.updates(), '')).toEqual({ name: 'updates' });
    expect(parseRoute('/updates/u1', '')).toEqual({ name: 'notFound' });
    expect(parseRoute(paths.firstRun(), '')).toEqual({ name: 'firstRun' });
    expect(parseRoute('/start/again', '')).toEqual({ name: 'notFound' });
    expect(parseRoute('/circles', '')).toEqual({ name: 'notFound' });
    expect(parseRoute('/circles/c1/extra', '')).toEqual({ name: 'notFound' });
  });

  it('round-trips the paths it builds', () => {
    expect(parseRoute(paths.circle('a b/c'), '')).toEqual({ name: 'circle', circleId: 'a b/c' });
    const [pathname, search] = paths.signIn('/invite/t?x=1').split('?');
    expect(parseRoute(pathname!, `?${search}`)).toEqual({ name: 'signIn', next: '/invite/t?x=1' });
  });
});

describe('safeNext', () => {
  it('keeps same-site paths only', () => {
    expect(safeNext('/circles/c1')).toBe('/circles/c1');
    for (const unsafe of ['https://evil.example', '//evil.example', '/\\evil.example', '', null]) {
      expect(safeNext(unsafe)).toBeUndefined();
    }
  });
});
