import { useEffect, useState } from 'react';
import { confirmEmail } from '../api-account.ts';

export type Confirmation =
  | { readonly status: 'pending' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Each token is posted once per page load, even when the screen mounts twice (React's strict
 * mode in development): a second post would find the link already used.
 */
const posted = new Map<string, Promise<void>>();

/** Posts the token of a confirmation link and reports what the server said. */
export function useEmailConfirmation(token: string): Confirmation {
  const [state, setState] = useState<Confirmation>({ status: 'pending' });
  useEffect(() => {
    let live = true;
    let once = posted.get(token);
    if (!once) {
      once = confirmEmail(token);
      posted.set(token, once);
    }
    once.then(
      () => live && setState({ status: 'done' }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [token]);
  return state;
}
