/**
 * The one request helper of the web app: same origin, cookie session, JSON bodies, and every
 * failure as an ApiError carrying a code of the closed set (or the client's own two).
 */
import type { components } from './schema.d.ts';

/** The closed set of error codes the server speaks (its error schema's enum). */
export type ServerErrorCode = components['schemas']['ApiError']['error']['code'];

/** What an error may add to its message, as the error schema documents it. */
export type ErrorDetails = NonNullable<components['schemas']['ApiError']['error']['details']>;
/** One problem with a request, in the list `details` may be. */
export type ErrorProblem = Extract<ErrorDetails, readonly unknown[]>[number];

const PROBLEM_FIELDS = ['field', 'message', 'code', 'kind', 'itemId', 'reason'] as const;

const isProblem = (value: unknown): value is ErrorProblem => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = new Map(Object.entries(value));
  return PROBLEM_FIELDS.every((name) => {
    const field = fields.get(name);
    return field === undefined || typeof field === 'string';
  });
};

/**
 * The details of an error body when they have one of the documented shapes; anything else is
 * dropped, as no screen could read it.
 */
function detailsFrom(value: unknown): ErrorDetails | undefined {
  if (Array.isArray(value)) {
    const problems: unknown[] = value;
    return problems.every(isProblem) ? problems : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if ('circleId' in value && typeof value.circleId === 'string') {
    return { circleId: value.circleId };
  }
  if ('closableFrom' in value && typeof value.closableFrom === 'string') {
    return { closableFrom: value.closableFrom };
  }
  return undefined;
}

/** The problems an error lists in its details; none when it lists none. */
export function problemsOf(error: ApiError): readonly ErrorProblem[] {
  const { details } = error;
  return details !== undefined && 'length' in details ? details : [];
}

/** Codes the client itself uses when there is no error body to read. */
export const CLIENT_ERROR = { network: 'network', badResponse: 'bad_response' } as const;
export type ClientErrorCode = (typeof CLIENT_ERROR)[keyof typeof CLIENT_ERROR];

/** Every code an ApiError may carry: the server's closed set and the client's own two. */
export type ErrorCode = ServerErrorCode | ClientErrorCode;

/**
 * The server's codes, listed once more so that an answer can be checked at run time; the type
 * makes sure the list has each code of the generated union and nothing else.
 */
const SERVER_CODES = {
  validation_failed: true,
  unauthenticated: true,
  forbidden: true,
  pending: true,
  not_found: true,
  request_timeout: true,
  conflict: true,
  circle_full: true,
  payload_too_large: true,
  uri_too_long: true,
  unsupported_media_type: true,
  rate_limited: true,
  headers_too_large: true,
  internal: true,
  unavailable: true,
} as const satisfies Record<ServerErrorCode, true>;

export const isServerErrorCode = (code: unknown): code is ServerErrorCode =>
  typeof code === 'string' && Object.hasOwn(SERVER_CODES, code);

/**
 * An error answer from the API (or a failure to reach it, with status 0). `message` is the
 * server's own text, for logs and tests; the app shows its own words for `code` (errors.ts).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(status: number, code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let onUnauthenticated: (() => void) | undefined;

/** Called whenever a request answers 401, so the app can return to the sign-in screen. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

let onChanged: (() => void) | undefined;

/**
 * Called after every request that changed something and succeeded (any method but GET), so
 * what was read before it can be read again (queries.ts).
 */
export function setChangeHandler(handler: (() => void) | undefined): void {
  onChanged = handler;
}

/** An error body as the API sends it; anything else (or a code outside the set) is a bad response. */
function errorFromBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as Record<string, unknown>;
      if (isServerErrorCode(code) && typeof message === 'string') {
        return new ApiError(status, code, message, detailsFrom(details));
      }
    }
  }
  return new ApiError(status, CLIENT_ERROR.badResponse, '');
}

/**
 * Sends one request and reads its JSON answer, untyped: api/typed.ts gives it the type of the
 * route. Bodies go as JSON; the session cookie goes along (same origin).
 */
export async function request(method: string, path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, CLIENT_ERROR.network, '');
  }
  if (response.ok && method.toUpperCase() !== 'GET') onChanged?.();
  if (response.status === 204) return undefined;
  let parsed: unknown;
  try {
    const text = await response.text();
    // An accepted request may answer without a body (202): there is nothing more to read.
    if (response.ok && text === '') return undefined;
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(response.status, CLIENT_ERROR.badResponse, '');
  }
  if (!response.ok) {
    const error = errorFromBody(response.status, parsed);
    if (response.status === 401) onUnauthenticated?.();
    throw error;
  }
  return parsed;
}

export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
