/**
 * The closed set of error codes the API speaks. Every error body is
 * `{"error": {"code", "message", "details"?}}`; the HTTP status of a code is decided here, once.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** Asked to join a circle and not yet let in by a member. */
  pending: 403,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  /** A couple circle already has its two people. */
  circle_full: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every code, in the order above: the enum of the error schema, and so of the client's union. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** One problem with a request (the error schema's `ErrorProblem`, http/schemas.ts). */
export interface ErrorProblem {
  readonly field?: string;
  readonly message?: string;
  readonly code?: string;
  readonly kind?: string;
  readonly itemId?: string;
  readonly reason?: string;
}

/** What an error may add to its message, as the error schema documents it (`ErrorDetails`). */
export type ErrorDetails =
  ErrorProblem[] | { readonly circleId: string } | { readonly closableFrom: string };

/** An expected failure, safe to show to the client. Services throw these; the edge maps them. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetails; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The one JSON shape every error takes on the wire. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetails };
}

export const errorBody = (code: ErrorCode, message: string, details?: ErrorDetails): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

export const notFound = (what = 'That'): AppError =>
  new AppError('not_found', `${what} was not found.`);
