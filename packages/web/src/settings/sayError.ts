import { ApiError } from '../api.ts';
import { describeError } from '../errors.ts';

/**
 * The web's own sentence for the error codes a screen expects (`forbidden` on a password check,
 * `rate_limited`, `not_found` for a used link…); anything else in the server's words.
 */
export function sayError(error: unknown, own: Readonly<Record<string, string>>): string {
  if (error instanceof ApiError && Object.hasOwn(own, error.code)) return own[error.code] ?? '';
  return describeError(error);
}
