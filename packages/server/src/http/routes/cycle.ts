import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import {
  Need,
  NeedBody,
  NeedParams,
  NeedShareBody,
  Reflection,
  ReflectionBody,
  ReflectionParams,
  Rupture,
  RuptureBody,
  RuptureList,
  RuptureParams,
} from '../schemas-cycle.ts';
import { Type } from 'typebox';
import type { App, AppContext } from '../types.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

/** Reflect, Express and Repair. */
export function cycleRoutes(app: App, { services }: AppContext): void {
  app.post(
    '/circles/:circleId/reflections',
    {
      schema: {
        tags: ['reflect'],
        summary: 'Write a private reflection (only you will ever read it)',
        params: CircleParams,
        body: ReflectionBody,
        response: { 201: Reflection, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.reflections.write(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.get(
    '/circles/:circleId/reflections',
    {
      schema: {
        tags: ['reflect'],
        summary: 'Your own reflections, newest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ reflections: Type.Array(Reflection), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.reflections.pageMine(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { reflections: page.items, next: page.next };
    },
  );
  app.get(
    '/circles/:circleId/reflections/:reflectionId',
    {
      schema: {
        tags: ['reflect'],
        summary: 'One of your reflections (404 for anyone else)',
        params: ReflectionParams,
        response: { 200: Reflection, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.reflections.getMine(
        requireUser(request),
        request.params.circleId,
        request.params.reflectionId,
      ),
  );

  app.delete(
    '/circles/:circleId/reflections/:reflectionId',
    {
      schema: {
        tags: ['reflect'],
        summary: 'Delete one of your reflections',
        params: ReflectionParams,
        response: { 204: Type.Null(), ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      await services.reflections.deleteMine(
        requireUser(request),
        request.params.circleId,
        request.params.reflectionId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/circles/:circleId/needs',
    {
      schema: {
        tags: ['express'],
        summary: 'Say a need; private unless shared',
        params: CircleParams,
        body: NeedBody,
        response: { 201: Need, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.needs.express(requireUser(request), request.params.circleId, request.body),
        ),
  );
  app.get(
    '/circles/:circleId/needs',
    {
      schema: {
        tags: ['express'],
        summary: 'Your needs and those others shared, newest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ needs: Type.Array(Need), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.needs.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { needs: page.items, next: page.next };
    },
  );
  app.post(
    '/circles/:circleId/needs/:needId/thanks',
    {
      schema: {
        tags: ['express'],
        summary: '"Thank you for telling me"',
        params: NeedParams,
        response: { 200: Need, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.needs.thank(requireUser(request), request.params.circleId, request.params.needId),
  );
  app.delete(
    '/circles/:circleId/needs/:needId/thanks',
    {
      schema: {
        tags: ['express'],
        summary: 'Take back your "Thank you for telling me" (your own only)',
        params: NeedParams,
        response: { 200: Need, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.needs.unthank(requireUser(request), request.params.circleId, request.params.needId),
  );

  app.patch(
    '/circles/:circleId/needs/:needId',
    {
      schema: {
        tags: ['express'],
        summary: 'Share a need you wrote, or make it private again',
        params: NeedParams,
        body: NeedShareBody,
        response: { 200: Need, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      services.needs.setShared(
        requireUser(request),
        request.params.circleId,
        request.params.needId,
        request.body.shared,
      ),
  );
  app.delete(
    '/circles/:circleId/needs/:needId',
    {
      schema: {
        tags: ['express'],
        summary: 'Delete a need you wrote, with its thanks',
        params: NeedParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.needs.deleteMine(
        requireUser(request),
        request.params.circleId,
        request.params.needId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/circles/:circleId/ruptures',
    {
      schema: {
        tags: ['repair'],
        summary: 'Log a rupture (the note may be private)',
        params: CircleParams,
        body: RuptureBody,
        response: { 201: Rupture, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.ruptures.log(requireUser(request), request.params.circleId, request.body),
        ),
  );
  app.get(
    '/circles/:circleId/ruptures',
    {
      schema: {
        tags: ['repair'],
        summary:
          'Ruptures, newest first, a page at a time, with who starts repair and how soon (over all of them)',
        params: CircleParams,
        querystring: PageQuery,
        response: { 200: RuptureList, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.ruptures.page(requireUser(request), request.params.circleId, request.query),
  );
  app.post(
    '/circles/:circleId/ruptures/:ruptureId/reset',
    {
      schema: {
        tags: ['repair'],
        summary: '"Let\'s reset": reach out to repair',
        params: RuptureParams,
        response: { 200: Rupture, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.ruptures.reset(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );
  app.post(
    '/circles/:circleId/ruptures/:ruptureId/repair',
    {
      schema: {
        tags: ['repair'],
        summary:
          '"Repaired for me": repaired (repairedAt, secondsToRepair) once every member involved has said it',
        params: RuptureParams,
        response: { 200: Rupture, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.ruptures.repair(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );

  app.delete(
    '/circles/:circleId/ruptures/:ruptureId/note',
    {
      schema: {
        tags: ['repair'],
        summary: 'Remove the note of a rupture you logged (the rupture and its repair stay)',
        params: RuptureParams,
        response: { 200: Rupture, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      services.ruptures.clearNote(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );
}
