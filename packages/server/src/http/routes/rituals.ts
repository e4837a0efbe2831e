import { Type } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import { Ritual, RitualBody, RitualParams, RitualPatch } from '../schemas-rituals.ts';
import type { App, AppContext } from '../types.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

const tags = ['rituals'];

export function ritualRoutes(app: App, { services }: AppContext): void {
  app.post(
    '/circles/:circleId/rituals',
    {
      schema: {
        tags,
        summary: 'Start a ritual with an iCalendar schedule, a local time and time zone',
        params: CircleParams,
        body: RitualBody,
        response: { 201: Ritual, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.rituals.create(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.get(
    '/circles/:circleId/rituals',
    {
      schema: {
        tags,
        summary: 'Rituals with their next time and gentle rhythm, oldest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ rituals: Type.Array(Ritual), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.rituals.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { rituals: page.items, next: page.next };
    },
  );
  app.patch(
    '/circles/:circleId/rituals/:ritualId',
    {
      schema: {
        tags,
        summary:
          'Change a ritual you take part in: any of its name, kind, schedule, time, time zone, or whether you take part',
        params: RitualParams,
        body: RitualPatch,
        response: { 200: Ritual, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      services.rituals.update(
        requireUser(request),
        request.params.circleId,
        request.params.ritualId,
        request.body,
      ),
  );
  app.post(
    '/circles/:circleId/rituals/:ritualId/completions',
    {
      schema: {
        tags,
        summary: '"We did it"',
        params: RitualParams,
        response: { 201: Ritual, ...errors(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.rituals.complete(
            requireUser(request),
            request.params.circleId,
            request.params.ritualId,
          ),
        ),
  );
  app.delete(
    '/circles/:circleId/rituals/:ritualId/completions/latest',
    {
      schema: {
        tags,
        summary: 'Take back your latest "We did it" for this ritual (your own only)',
        params: RitualParams,
        response: { 200: Ritual, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.rituals.uncomplete(
        requireUser(request),
        request.params.circleId,
        request.params.ritualId,
      ),
  );
  app.delete(
    '/circles/:circleId/rituals/:ritualId',
    {
      schema: {
        tags,
        summary: 'Stop a ritual you take part in',
        params: RitualParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.rituals.remove(
        requireUser(request),
        request.params.circleId,
        request.params.ritualId,
      );
      return reply.status(204).send(null);
    },
  );
}
