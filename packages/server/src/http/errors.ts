import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, errorBody, type ErrorCode } from '../errors.ts';

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
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return 'validation_failed';
  }
};

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'Send the request body as JSON (Content-Type: application/json).',
  rate_limited: 'Too many attempts. Please wait a minute and try again.',
};

/**
 * Turns anything thrown into the one error shape. Expected errors keep their code; schema
 * failures list each problem; anything unexpected is logged and answered without details.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof AppError) {
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
