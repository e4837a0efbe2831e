import { Type } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import { ValuesAnswerBody, ValuesParams, ValuesRound } from '../schemas-cycle.ts';
import type { App, AppContext } from '../types.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

/** The values conversation (part of Express). */
export function valuesRoutes(app: App, { services }: AppContext): void {
  app.post(
    '/circles/:circleId/values',
    {
      schema: {
        tags: ['express'],
        summary: 'Start a values conversation; each member answers alone',
        params: CircleParams,
        response: { 201: ValuesRound, ...errors(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.values.open(requireUser(request), request.params.circleId)),
  );
  app.get(
    '/circles/:circleId/values',
    {
      schema: {
        tags: ['express'],
        summary: 'Values conversations, newest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ conversations: Type.Array(ValuesRound), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.values.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { conversations: page.items, next: page.next };
    },
  );
  app.get(
    '/circles/:circleId/values/:roundId',
    {
      schema: {
        tags: ['express'],
        summary: "A values conversation: your answers, and everyone's once all have answered",
        params: ValuesParams,
        response: { 200: ValuesRound, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.values.get(requireUser(request), request.params.circleId, request.params.roundId),
  );
  app.post(
    '/circles/:circleId/values/:roundId/answers',
    {
      schema: {
        tags: ['express'],
        summary: 'Answer, one text per question in order (empty to skip one)',
        params: ValuesParams,
        body: ValuesAnswerBody,
        response: { 201: ValuesRound, ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.values.answer(
            requireUser(request),
            request.params.circleId,
            request.params.roundId,
            request.body.answers,
          ),
        ),
  );
  app.post(
    '/circles/:circleId/values/:roundId/close',
    {
      schema: {
        tags: ['express'],
        summary:
          'Close the conversation (its opener; before everyone has answered, only after its period): answers are revealed to those who answered',
        params: ValuesParams,
        response: { 200: ValuesRound, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.values.close(requireUser(request), request.params.circleId, request.params.roundId),
  );
}
