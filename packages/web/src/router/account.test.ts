import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { accountPaths } from './account.ts';

describe('account routes', () => {
  it('names the settings page and the pages behind emailed links', () => {
    expect(parseRoute('/settings', '')).toEqual({ name: 'settings' });
    expect(parseRoute('/forgot-password', '')).toEqual({ name: 'forgotPassword' });
    expect(parseRoute('/reset-password', '?token=a%2Bb')).toEqual({
      name: 'resetPassword',
      token: 'a+b',
    });
    expect(parseRoute('/confirm-email', '?token=t1')).toEqual({
      name: 'confirmEmail',
      token: 't1',
    });
    expect(parseRoute('/confirm-email', '')).toEqual({ name: 'confirmEmail', token: '' });
    expect(parseRoute('/settings/extra', '')).toEqual({ name: 'notFound' });
  });

  it('carries a known notice to the sign-in screen, and only a known one', () => {
    const [pathname, search] = accountPaths.signInAfter('account-deleted').split('?');
    expect(parseRoute(pathname!, `?${search}`)).toEqual({
      name: 'signIn',
      next: undefined,
      notice: 'account-deleted',
    });
    expect(parseRoute('/signin', '?notice=password-set')).toMatchObject({
      notice: 'password-set',
    });
    expect(parseRoute('/signin', '?notice=<b>hi</b>')).toEqual({
      name: 'signIn',
      next: undefined,
      notice: undefined,
    });
  });
});
