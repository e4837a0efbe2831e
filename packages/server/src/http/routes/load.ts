import { RESPONSIBILITY_CATALOGUE, catalogueFor } from '@recipro/core';
import { Type } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleKindSchema, CircleParams, errors } from '../schemas.ts';
import {
  Catalogue,
  CatalogueBody,
  Handover,
  HandoverBody,
  HandoverParams,
  Load,
  MyLoadView,
  MyLoadViewBody,
  ReleaseBody,
  Responsibility,
  ResponsibilityBody,
  ResponsibilityParams,
  ResponsibilityPatch,
} from '../schemas-load.ts';
import type { App, RouteContext } from '../types.ts';
import { NotModified } from '../circle-reads.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

const tags = ['load'];

/** The load divider: responsibilities, who carries which stage, shares and hand-overs. */
export function loadRoutes(app: App, { services, reads }: RouteContext): void {
  app.get(
    '/load-catalogue',
    {
      schema: {
        tags,
        summary: 'The built-in catalogue of responsibilities',
        description:
          'With `kind`, only the items a circle of that kind is offered (friends and teams get no household chores).',
        querystring: Type.Object(
          { kind: Type.Optional(CircleKindSchema) },
          { additionalProperties: false },
        ),
        security: [],
        response: { 200: Catalogue, ...errors(400) },
      },
    },
    async (request) => ({
      catalogue: request.query.kind ? catalogueFor(request.query.kind) : RESPONSIBILITY_CATALOGUE,
    }),
  );

  app.post(
    '/circles/:circleId/responsibilities',
    {
      schema: {
        tags,
        summary: 'Add a responsibility (owners per stage; a stage may be unowned)',
        params: CircleParams,
        body: ResponsibilityBody,
        response: { 201: Responsibility, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.load.create(requireUser(request), request.params.circleId, request.body),
        ),
  );
  app.post(
    '/circles/:circleId/responsibilities/catalogue',
    {
      schema: {
        tags,
        summary: 'Add items of the built-in catalogue, unowned',
        params: CircleParams,
        body: CatalogueBody,
        response: {
          201: Type.Object({ responsibilities: Type.Array(Responsibility) }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        responsibilities: await services.load.addFromCatalogue(
          requireUser(request),
          request.params.circleId,
          request.body.ids,
        ),
      }),
  );
  app.get(
    '/circles/:circleId/responsibilities',
    {
      schema: {
        tags,
        summary: "The circle's responsibilities, oldest first, a page at a time",
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ responsibilities: Type.Array(Responsibility), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.load.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { responsibilities: page.items, next: page.next };
    },
  );
  app.patch(
    '/circles/:circleId/responsibilities/:responsibilityId',
    {
      schema: {
        tags,
        summary:
          'Change details (those it concerns) or take on a stage nobody carries; stages someone carries move only by hand-over',
        params: ResponsibilityParams,
        body: ResponsibilityPatch,
        response: { 200: Responsibility, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.load.update(
        requireUser(request),
        request.params.circleId,
        request.params.responsibilityId,
        request.body,
      ),
  );
  app.post(
    '/circles/:circleId/responsibilities/:responsibilityId/own',
    {
      schema: {
        tags,
        summary:
          '"I\'ll take this": every stage to you, in one tap, when nobody else carries any of them',
        params: ResponsibilityParams,
        response: { 200: Responsibility, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.load.own(
        requireUser(request),
        request.params.circleId,
        request.params.responsibilityId,
      ),
  );
  app.post(
    '/circles/:circleId/responsibilities/:responsibilityId/release',
    {
      schema: {
        tags,
        summary:
          'Give back stages you carry, so nobody carries them: how "I\'ll take this" is taken back',
        params: ResponsibilityParams,
        body: ReleaseBody,
        response: { 200: Responsibility, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.load.release(
        requireUser(request),
        request.params.circleId,
        request.params.responsibilityId,
        request.body.stages,
      ),
  );
  app.delete(
    '/circles/:circleId/responsibilities/:responsibilityId',
    {
      schema: {
        tags,
        summary: 'Remove a responsibility (those it concerns; anyone while nobody carries it)',
        params: ResponsibilityParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.load.remove(
        requireUser(request),
        request.params.circleId,
        request.params.responsibilityId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/circles/:circleId/load',
    {
      // The user and the circle's version in one query (http/circle-reads.ts).
      config: { lazySession: true },
      schema: {
        tags,
        summary:
          'Load shares (visible and invisible), Gini, what each thinks they carry, suggested hand-overs',
        params: CircleParams,
        response: { 200: Load, 304: NotModified, ...errors(401, 404) },
      },
    },
    async (request, reply) =>
      reads.answer(request, reply, request.params.circleId, (user) =>
        services.load.overview(user, request.params.circleId),
      ),
  );
  app.put(
    '/circles/:circleId/load/me',
    {
      schema: {
        tags,
        summary: 'What you think you carry (0–100), and areas you prefer or cannot take on',
        params: CircleParams,
        body: MyLoadViewBody,
        response: { 200: MyLoadView, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.load.setMyView(requireUser(request), request.params.circleId, request.body),
  );

  app.post(
    '/circles/:circleId/handovers',
    {
      schema: {
        tags,
        summary: 'Propose handing over one stage',
        params: CircleParams,
        body: HandoverBody,
        response: { 201: Handover, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.load.propose(requireUser(request), request.params.circleId, request.body),
        ),
  );
  app.get(
    '/circles/:circleId/handovers',
    {
      schema: {
        tags,
        summary: 'Hand-overs, newest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ handovers: Type.Array(Handover), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.load.handoverPage(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { handovers: page.items, next: page.next };
    },
  );
  app.delete(
    '/circles/:circleId/handovers/:handoverId/answer',
    {
      schema: {
        tags,
        summary:
          'Take back your answer to a hand-over (the other person only): it is proposed again, and an accepted stage goes back',
        params: HandoverParams,
        response: { 200: Handover, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.load.unanswer(
        requireUser(request),
        request.params.circleId,
        request.params.handoverId,
      ),
  );
  for (const [verb, accept] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    app.post(
      `/circles/:circleId/handovers/:handoverId/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'accept' ? 'Accept' : 'Decline'} a hand-over (the other person only)`,
          params: HandoverParams,
          response: { 200: Handover, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) =>
        services.load.decide(
          requireUser(request),
          request.params.circleId,
          request.params.handoverId,
          accept,
        ),
    );
  }
}
