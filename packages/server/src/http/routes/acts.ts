import { requireUser } from '../session.ts';
import {
  Act,
  ActList,
  ActParams,
  ActsQuery,
  CircleParams,
  EditActBody,
  IdempotencyHeaders,
  LogActBody,
  Summary,
  SummaryQuery,
  errors,
} from '../schemas.ts';
import { Type } from 'typebox';
import type { App, RouteContext } from '../types.ts';
import { NotModified } from '../circle-reads.ts';

export function actRoutes(app: App, { services, reads }: RouteContext): void {
  app.post(
    '/circles/:circleId/acts',
    {
      // The key is kept in the act's own row, in its own transaction (services/acts.ts).
      config: { idempotency: 'own' },
      schema: {
        tags: ['acts'],
        summary: 'Log an act of care you gave (answered once committed)',
        params: CircleParams,
        headers: IdempotencyHeaders,
        body: LogActBody,
        response: { 201: Act, ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { act, replayed } = await services.acts.logOnce(
        requireUser(request),
        request.params.circleId,
        request.body,
        request.headers['idempotency-key'] ?? null,
      );
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(act);
    },
  );

  app.get(
    '/circles/:circleId/acts',
    {
      schema: {
        tags: ['acts'],
        summary: 'Acts of care in a circle, newest first',
        params: CircleParams,
        querystring: ActsQuery,
        response: { 200: ActList, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const { before, limit, ...filter } = request.query;
      const page = await services.acts.page(requireUser(request), request.params.circleId, filter, {
        before,
        limit,
      });
      return { acts: page.items, next: page.next };
    },
  );

  app.post(
    '/circles/:circleId/acts/:actId/question',
    {
      schema: {
        tags: ['acts'],
        summary:
          '"I don\'t recognise this": only the receiver; the act leaves the balance until its giver changes or withdraws it',
        params: ActParams,
        response: { 200: Act, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.acts.question(requireUser(request), request.params.circleId, request.params.actId),
  );

  app.delete(
    '/circles/:circleId/acts/:actId/question',
    {
      schema: {
        tags: ['acts'],
        summary:
          'Take back your "I don\'t recognise this" (only the receiver may): the act counts again and its giver is no longer told',
        params: ActParams,
        response: { 200: Act, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.acts.unquestion(requireUser(request), request.params.circleId, request.params.actId),
  );

  app.post(
    '/circles/:circleId/acts/:actId/acknowledge',
    {
      schema: {
        tags: ['acts'],
        summary: '"I noticed": only the receiver may',
        params: ActParams,
        response: { 200: Act, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.acts.acknowledge(
        requireUser(request),
        request.params.circleId,
        request.params.actId,
      ),
  );

  app.delete(
    '/circles/:circleId/acts/:actId/acknowledge',
    {
      schema: {
        tags: ['acts'],
        summary: 'Take back your "I noticed" (only the receiver may)',
        params: ActParams,
        response: { 200: Act, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.acts.unacknowledge(
        requireUser(request),
        request.params.circleId,
        request.params.actId,
      ),
  );

  app.patch(
    '/circles/:circleId/acts/:actId',
    {
      schema: {
        tags: ['acts'],
        summary: 'Change an act of care you gave (only the giver may)',
        params: ActParams,
        body: EditActBody,
        response: { 200: Act, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      services.acts.edit(
        requireUser(request),
        request.params.circleId,
        request.params.actId,
        request.body,
      ),
  );

  app.delete(
    '/circles/:circleId/acts/:actId',
    {
      schema: {
        tags: ['acts'],
        summary: 'Take back an act of care you gave (only the giver may)',
        params: ActParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.acts.remove(
        requireUser(request),
        request.params.circleId,
        request.params.actId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/circles/:circleId/summary',
    {
      // The user and the circle's version in one query (http/circle-reads.ts).
      config: { lazySession: true },
      schema: {
        tags: ['acts'],
        summary: 'Give and take per pair of members over the last days',
        params: CircleParams,
        querystring: SummaryQuery,
        response: { 200: Summary, 304: NotModified, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reads.answer(request, reply, request.params.circleId, (user) =>
        services.acts.summary(user, request.params.circleId, request.query.days ?? 30),
      ),
  );
}
