import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import {
  Need,
  NeedBody,
  NeedParams,
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
        summary: 'Your own reflections, newest first',
        params: CircleParams,
        response: {
          200: Type.Object({ reflections: Type.Array(Reflection) }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => ({
      reflections: await services.reflections.listMine(
        requireUser(request),
        request.params.circleId,
      ),
    }),
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
        summary: 'Your needs and those others shared, newest first',
        params: CircleParams,
        response: { 200: Type.Object({ needs: Type.Array(Need) }), ...errors(401, 404) },
      },
    },
    async (request) => ({
      needs: await services.needs.list(requireUser(request), request.params.circleId),
    }),
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
        summary: 'Ruptures, newest first, with who starts repair and how soon',
        params: CircleParams,
        response: { 200: RuptureList, ...errors(401, 404) },
      },
    },
    async (request) => services.ruptures.list(requireUser(request), request.params.circleId),
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
        summary: 'Mark repaired: answers with startedByMemberId and secondsToRepair',
        params: RuptureParams,
        response: { 200: Rupture, ...errors(401, 404, 409) },
      },
    },
    async (request) =>
      services.ruptures.repair(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );
}
