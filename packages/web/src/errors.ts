import { ApiError, type ErrorCode } from './api.ts';
import { t, type MessageKey } from './i18n/index.ts';

/**
 * The app's own words for every error code, the server's closed set and the client's own two.
 * The server's English `message` is never shown: it is for logs and tests.
 */
const CODE_MESSAGES: Readonly<Record<ErrorCode, MessageKey>> = {
  validation_failed: 'error.code.validation_failed',
  unauthenticated: 'error.code.unauthenticated',
  forbidden: 'error.code.forbidden',
  pending: 'error.code.pending',
  not_found: 'error.code.not_found',
  request_timeout: 'error.code.request_timeout',
  conflict: 'error.code.conflict',
  circle_full: 'error.code.circle_full',
  payload_too_large: 'error.code.payload_too_large',
  uri_too_long: 'error.code.uri_too_long',
  unsupported_media_type: 'error.unexpected',
  rate_limited: 'error.code.rate_limited',
  headers_too_large: 'error.unexpected',
  internal: 'error.unexpected',
  unavailable: 'error.code.unavailable',
  network: 'error.network',
  bad_response: 'error.unexpected',
};

/** A screen's own sentences for the codes that mean something particular there. */
export type ErrorWords = Readonly<Partial<Record<ErrorCode, string>>>;

/**
 * A sentence to show for a failed request: the screen's own words for its code when it gave
 * some, else the app's words for the code; never the server's text.
 */
export function describeError(error: unknown, words: ErrorWords = {}): string {
  if (error instanceof ApiError) return words[error.code] ?? t(CODE_MESSAGES[error.code]);
  return t('error.unexpected');
}

export const isApiError = (error: unknown, code: ErrorCode): boolean =>
  error instanceof ApiError && error.code === code;
