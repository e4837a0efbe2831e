import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onSendHookHandler,
  preHandlerHookHandler,
  RouteOptions,
} from 'fastify';
import { AppError } from '../errors.ts';
import { requestFingerprint, type RequestKeysService } from '../services/request-keys.ts';
import { ErrorRef, WriteIdempotencyHeaders } from './schemas.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Seconds a client waits before asking again for the answer of a request still running. */
const STILL_RUNNING_RETRY_SECONDS = 1;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `'own'`: the route keeps its `Idempotency-Key` itself, in the write's own transaction
     * (logging an act). Other signed-in writes get the key handled here.
     */
    idempotency?: 'own';
    /**
     * The write deletes what the person wrote (as every DELETE does): their kept answers that
     * hold it are forgotten too.
     */
    deletes?: boolean;
  }
}

/**
 * `Idempotency-Key` on every signed-in write: a client that never got its answer (the
 * connection dropped, the process restarted) sends the request again with the same key, and
 * it is not done twice (services/request-keys.ts says how). Routes that need no session
 * (`security: []`: sign-up, sign-in, password reset) and routes that keep their key themselves
 * are left alone. Each keyed route documents the header and its 409; reads pay nothing.
 */
export function installIdempotency(app: FastifyInstance, keys: RequestKeysService): void {
  const claimed = new WeakMap<FastifyRequest, { userId: string; key: string }>();

  const claim: preHandlerHookHandler = async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !request.user) return;
    const userId = request.user.id;
    let earlier;
    try {
      earlier = await keys.claim(
        userId,
        key,
        requestFingerprint(request.method, request.url, request.body),
      );
    } catch (error) {
      if (isStillRunning(error))
        void reply.header('retry-after', String(STILL_RUNNING_RETRY_SECONDS));
      throw error;
    }
    if (earlier === undefined) {
      claimed.set(request, { userId, key });
      return;
    }
    void reply.header('idempotent-replayed', 'true').code(earlier.status);
    if (earlier.body === null) return reply.send();
    return reply.type('application/json; charset=utf-8').send(earlier.body);
  };

  const keepAnswer: onSendHookHandler = async (request, reply, payload) => {
    const mine = claimed.get(request);
    if (!mine) return payload;
    claimed.delete(request);
    await settle(request, reply, mine, payload, keys);
    return payload;
  };

  /** Forgets kept answers holding what the route's last path parameter names, once deleted. */
  const forgetDeleted =
    (param: string): onSendHookHandler =>
    async (request, reply, payload) => {
      if (!request.user || reply.statusCode < 200 || reply.statusCode >= 300) return payload;
      const id = (request.params as Record<string, unknown> | undefined)?.[param];
      if (typeof id !== 'string') return payload;
      try {
        await keys.forgetDeleted(request.user.id, [id]);
      } catch (error) {
        request.log.warn({ err: error }, 'could not forget kept answers of something deleted');
      }
      return payload;
    };

  app.addHook('onRoute', (route) => {
    if (!isKeyedWrite(route)) return;
    // What a deletion deletes is named by its last path parameter (the item; the circle left).
    const deleted = /:(\w+)[^:]*$/.exec(route.url)?.[1];
    if (deleted && (route.method === 'DELETE' || route.config?.deletes))
      route.onSend = [...hooksOf(route.onSend), forgetDeleted(deleted)];
    const schema = route.schema ?? {};
    route.schema = {
      ...schema,
      headers: schema.headers ?? WriteIdempotencyHeaders,
      response: { 409: ErrorRef, ...(schema.response as object) },
    };
    route.preHandler = [...hooksOf(route.preHandler), claim];
    route.onSend = [...hooksOf(route.onSend), keepAnswer];
  });
}

/**
 * Keeps the answer a claimed request got, or gives the key back when the request was refused
 * (an error answer: nothing was changed). Failing to keep it is logged, not answered: the write
 * is committed and its answer is true; the key then says "outcome unknown" to a retry.
 */
async function settle(
  request: FastifyRequest,
  reply: FastifyReply,
  { userId, key }: { userId: string; key: string },
  payload: unknown,
  keys: RequestKeysService,
): Promise<void> {
  const done = reply.statusCode >= 200 && reply.statusCode < 300;
  try {
    if (done) await keys.answered(userId, key, reply.statusCode, bodyText(payload));
    else await keys.release(userId, key);
  } catch (error) {
    request.log.warn({ err: error }, 'could not keep the answer of a request with a key');
  }
}

const bodyText = (payload: unknown): string | null => {
  if (typeof payload === 'string') return payload;
  if (payload instanceof Uint8Array) return Buffer.from(payload).toString('utf8');
  return null;
};

const isKeyedWrite = (route: RouteOptions): boolean => {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!methods.some((m) => WRITES.has(m))) return false;
  if (route.config?.idempotency === 'own') return false;
  const security = (route.schema as { security?: unknown[] } | undefined)?.security;
  return !(Array.isArray(security) && security.length === 0);
};

const hooksOf = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];

const isStillRunning = (error: unknown): boolean =>
  error instanceof AppError &&
  Array.isArray(error.details) &&
  error.details.some((d) => d.reason === 'still_running');
