/**
 * The addresses of the person's own account: `/settings`, `/forgot-password`, and the pages
 * behind emailed links, `/reset-password?token=…` and `/confirm-email?token=…`. The sign-in
 * screen can also carry a notice about what just happened (`/signin?notice=…`).
 */

export type AccountRoute =
  | { readonly name: 'settings' }
  | { readonly name: 'forgotPassword' }
  | { readonly name: 'resetPassword'; readonly token: string }
  | { readonly name: 'confirmEmail'; readonly token: string };

/** What the sign-in screen says on arrival: after deleting the account, after a reset. */
export const SIGN_IN_NOTICES = ['account-deleted', 'password-set'] as const;
export type SignInNotice = (typeof SIGN_IN_NOTICES)[number];

/** The route for already-decoded path `parts` and the query string, or undefined. */
export function parseAccountRoute(
  parts: readonly string[],
  search: string,
): AccountRoute | undefined {
  if (parts.length !== 1) return undefined;
  const token = new URLSearchParams(search).get('token') ?? '';
  switch (parts[0]) {
    case 'settings':
      return { name: 'settings' };
    case 'forgot-password':
      return { name: 'forgotPassword' };
    case 'reset-password':
      return { name: 'resetPassword', token };
    case 'confirm-email':
      return { name: 'confirmEmail', token };
    default:
      return undefined;
  }
}

export function parseSignInNotice(search: string): SignInNotice | undefined {
  const notice = new URLSearchParams(search).get('notice');
  return SIGN_IN_NOTICES.find((known) => known === notice);
}

export const accountPaths = {
  settings: () => '/settings',
  forgotPassword: () => '/forgot-password',
  signInAfter: (notice: SignInNotice) => `/signin?notice=${notice}`,
};
