import { ApiError, CLIENT_ERROR } from './api.ts';
import { t } from './i18n/index.ts';

/** A sentence to show for a failed request: the server's own message when it sent one. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === CLIENT_ERROR.network) return t('error.network');
    if (error.message) return error.message;
  }
  return t('error.unexpected');
}

export const isApiError = (error: unknown, code: string): boolean =>
  error instanceof ApiError && error.code === code;
