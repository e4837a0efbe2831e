import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { AppError, errorBody } from '../errors.ts';
import { buildSerializer, compiledValidator } from './compiled-schemas.ts';
import { installIdempotency } from './idempotency.ts';
import { installCsrfDefence } from './csrf.ts';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './errors.ts';
import { installNulRefusal, nulIn, nulRefused } from './nul.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { ErrorSchema } from './schemas.ts';
import { actRoutes } from './routes/acts.ts';
import { accountRoutes } from './routes/account.ts';
import { authRoutes } from './routes/auth.ts';
import { checkinRoutes } from './routes/checkins.ts';
import { cycleRoutes } from './routes/cycle.ts';
import { repairGuideRoutes } from './routes/repair-guide.ts';
import { valuesRoutes } from './routes/values.ts';
import { reviewRoutes } from './routes/review.ts';
import { balanceRoutes } from './routes/balance.ts';
import { loadRoutes } from './routes/load.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { ritualRoutes } from './routes/rituals.ts';
import { chatSummaryRoutes } from './routes/chat-summaries.ts';
import { circleRoutes } from './routes/circles.ts';
import { departureRoutes } from './routes/departures.ts';
import { updateRoutes } from './routes/updates.ts';
import { questionRoutes } from './routes/questions.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { reportLinkRoutes, reportRoutes } from './routes/reports.ts';
import { installSession } from './session.ts';
import { CircleReads } from './circle-reads.ts';
import type { App, AppContext, RouteContext } from './types.ts';

/**
 * Builds the HTTP app: JSON API under /api (schema-validated, documented at /api/openapi.json)
 * and the built web app at /. Routes are thin: validate, call one service, shape the answer.
 */
export async function buildApp(context: AppContext): Promise<App> {
  const { config } = context;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Only the proxies named in TRUST_PROXY may say who the client is (X-Forwarded-For).
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy.join(',') : false,
    frameworkErrors,
    clientErrorHandler,
    // While stopping, a request that arrives on an open connection is served like any other
    // (the database is still open until every request is answered), not refused with a 503.
    return503OnClosing: false,
    // Response serializers compiled once per process (compiled-schemas.ts).
    schemaController: { compilersFactory: { buildSerializer } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installGracefulClose(app);

  installValidation(app);
  installJsonBodies(app, config.bodyLimitBytes);
  installErrorHandling(app);
  installNulRefusal(app);

  await app.register(cookie);
  app.addSchema(ErrorSchema);
  await app.register(swagger, {
    // Shared schemas keep their own name (`ApiError`) in the document's components.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'recipro API',
        version: '0.1.0',
        description:
          'See and restore reciprocity: the balance of giving and receiving care over time.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'recipro_session' } },
      },
      security: [{ session: [] }],
    },
  });

  installCsrfDefence(app, config);
  installSecurityHeaders(app);
  installSession(app, context.services.auth);
  installIdempotency(app, context.services.requestKeys);

  const routeContext: RouteContext = {
    ...context,
    reads: new CircleReads(
      context.services.auth,
      context.services.circles,
      context.clock,
      config.readCacheMb,
    ),
  };
  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<TypeBoxTypeProvider>();
      healthRoutes(typed, routeContext);
      authRoutes(typed, routeContext);
      accountRoutes(typed, routeContext);
      circleRoutes(typed, routeContext);
      actRoutes(typed, routeContext);
      checkinRoutes(typed, routeContext);
      cycleRoutes(typed, routeContext);
      repairGuideRoutes(typed, routeContext);
      valuesRoutes(typed, routeContext);
      reviewRoutes(typed, routeContext);
      balanceRoutes(typed, routeContext);
      loadRoutes(typed, routeContext);
      ritualRoutes(typed, routeContext);
      notificationRoutes(typed, routeContext);
      chatSummaryRoutes(typed, routeContext);
      departureRoutes(typed, routeContext);
      updateRoutes(typed, routeContext);
      questionRoutes(typed, routeContext);
      exportRoutes(typed, routeContext);
      reportRoutes(typed, routeContext);
      typed.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );
  // A report's link is opened by a counsellor without signing in, outside the API.
  await app.register(async (links) => {
    reportLinkRoutes(links.withTypeProvider<TypeBoxTypeProvider>(), routeContext);
  });

  await serveWebApp(app, config.webDir);
  return app;
}

/**
 * A graceful stop: once `close` starts, connections with nothing in flight are closed at once,
 * and each answer still to go tells its client to close the connection after it, so no client
 * sends another request on a connection that is about to go and every connection ends with
 * its last answer. (Fastify closes idle keep-alive connections only when asked to.)
 */
function installGracefulClose(app: App): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    app.server.closeIdleConnections();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}

/** Validators compiled once per process (compiled-schemas.ts). */
function installValidation(app: App): void {
  app.setValidatorCompiler(({ schema, httpPart }) => compiledValidator(schema, httpPart));
}

/**
 * JSON is the only body type; an empty body with a JSON content type reads as no body. A body
 * holding NUL anywhere is refused here, before any handler sees it.
 */
function installJsonBodies(app: App, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return done(
          new AppError('validation_failed', 'The request body is not valid JSON.'),
          undefined,
        );
      }
      const nul = nulIn(parsed);
      if (nul === null) done(null, parsed);
      else done(nulRefused(nul === '' ? 'body' : nul), undefined);
    },
  );
}

/** Serves the built web app, with index.html for every client-side route. */
async function serveWebApp(app: App, webDir: string | null): Promise<void> {
  const index = webDir ? path.join(webDir, 'index.html') : null;
  const hasWeb = index !== null && fs.existsSync(index);
  if (hasWeb && webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      setHeaders: (reply, file) => {
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        reply.header(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      request.url !== '/api';
    if (isPage && hasWeb) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(
        errorBody('not_found', `Nothing is at ${request.method} ${request.url.split('?')[0]}.`),
      );
  });
}
