import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError, ERROR_STATUS, errorBody, type ErrorCode } from '../errors.ts';
import { HEADERS as SECURITY_HEADERS } from './security-headers.ts';

/** Fastify's own 4xx errors, in the closed set of codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

const byStatus = (status: number): ErrorCode => {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 408:
      return 'request_timeout';
    case 413:
      return 'payload_too_large';
    case 414:
      return 'uri_too_long';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 431:
      return 'headers_too_large';
    default:
      return 'validation_failed';
  }
};

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'Send the request body as JSON (Content-Type: application/json).',
  rate_limited: 'Too many attempts. Please wait a minute and try again.',
  uri_too_long: 'A part of the address is too long.',
  headers_too_large: 'The request headers are too large.',
  request_timeout: 'The request took too long to arrive.',
};

/** When to try again after the database was out of reach: restarts take a few seconds. */
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE =
  'recipro cannot reach its database just now. Please try again in a few seconds.';

/**
 * Turns anything thrown into the one error shape. Expected errors keep their code; schema
 * failures list each problem; anything unexpected is logged and answered without details.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof AppError) {
        if (error.code === 'unavailable') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return reply.status(error.status).send(errorBody(error.code, error.message, error.details));
      }
      if (error.validation) {
        const details = error.validation.map((v) => ({
          field: fieldOf(error.validationContext, v.instancePath, v.params),
          message: humanMessage(v.keyword, v.params, v.message),
        }));
        const first = details[0];
        const message = first
          ? `The request is not valid: ${first.field} ${first.message}.`
          : 'The request is not valid.';
        return reply.status(400).send(errorBody('validation_failed', message, details));
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const code = FASTIFY_CODES[error.code] ?? byStatus(status);
        const message =
          MESSAGES[code] ??
          (error.code?.startsWith('FST_ERR_CTP')
            ? 'The request body is not valid JSON.'
            : error.message);
        return reply.status(ERROR_STATUS[code]).send(errorBody(code, message));
      }
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return reply
          .status(ERROR_STATUS.unavailable)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send(errorBody('unavailable', UNAVAILABLE_MESSAGE));
      }
      request.log.error({ err: error }, 'unexpected error');
      return reply
        .status(500)
        .send(errorBody('internal', 'Something went wrong on our side. Nothing was changed.'));
    },
  );
}

function fieldOf(
  context: string | undefined,
  instancePath: string,
  params: Record<string, unknown>,
): string {
  const extra =
    typeof params.additionalProperty === 'string'
      ? `/${params.additionalProperty}`
      : typeof params.missingProperty === 'string'
        ? `/${params.missingProperty}`
        : '';
  const pointer = `${instancePath}${extra}`.replace(/^\//, '').replace(/\//g, '.');
  return pointer === '' ? (context ?? 'body') : pointer;
}

/** Schema failures in plain words (the validator's own wording names regexes and keywords). */
function humanMessage(
  keyword: string,
  params: Record<string, unknown>,
  fallback: string | undefined,
): string {
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not something this request takes';
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[] | undefined)?.join(', ') ?? 'the listed values'}`;
    case 'type':
      return `must be ${params.type === 'integer' ? 'a whole number' : `a ${String(params.type)}`}`;
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters`;
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'maximum':
      return `must be at most ${String(params.limit)}`;
    case 'minProperties':
      return 'must say what to change';
    case 'maxItems':
      return `must have at most ${String(params.limit)} items`;
    case 'pattern':
      return 'is not in the expected form';
    case 'format':
      return params.format === 'date-time'
        ? 'must be a date and time such as 2026-03-01T18:30:00Z'
        : `must be a valid ${String(params.format)}`;
    default:
      return fallback ?? 'is not valid';
  }
}

/**
 * Errors Fastify answers before any route runs: an address that is not valid percent-encoding
 * (400) and a path part longer than the router takes (414). Same shape as every other error.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const code: ErrorCode =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'uri_too_long'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'validation_failed'
        : 'internal';
  const message =
    code === 'validation_failed'
      ? 'The address is not valid: it holds a broken percent-encoding.'
      : code === 'internal'
        ? 'Something went wrong on our side. Nothing was changed.'
        : (MESSAGES[code] ?? error.message);
  // No route (and so none of its hooks) runs for these: the security headers are set here.
  void reply.headers(SECURITY_HEADERS).status(ERROR_STATUS[code]).send(errorBody(code, message));
}

/**
 * What the server writes on a connection whose request Node's HTTP parser could not read
 * (headers too large, a timeout, anything malformed): a whole HTTP response in the one error
 * shape, since no request object (and so no Fastify reply) exists yet.
 */
export function clientErrorResponse(errorCode: string | undefined): string {
  const code: ErrorCode =
    errorCode === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : errorCode === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'validation_failed';
  const status = ERROR_STATUS[code];
  const body = JSON.stringify(
    errorBody(code, MESSAGES[code] ?? 'The request could not be read as HTTP.'),
  );
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`;
}

/** Answers on the socket (unless the client is already gone) and closes it. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(error.code));
  socket.destroy(error);
}
