import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import {
  AnswerQuestionBody,
  PastQuestions,
  PastQuestionsQuery,
  SwapQuestionBody,
  TodayQuestion,
} from '../schemas-questions.ts';
import type { App, AppContext } from '../types.ts';

const tags = ['questions'];

/** A question a day: answered alone, read together. */
export function questionRoutes(app: App, { services }: AppContext): void {
  app.get(
    '/circles/:circleId/question',
    {
      schema: {
        tags,
        summary:
          "Today's question for the circle: who has answered, your answer, and everyone's once all asked have answered",
        params: CircleParams,
        response: { 200: TodayQuestion, ...errors(401, 403, 404) },
      },
    },
    async (request) => services.questions.today(requireUser(request), request.params.circleId),
  );
  app.post(
    '/circles/:circleId/question/answer',
    {
      schema: {
        tags,
        summary: "Answer today's question (once)",
        params: CircleParams,
        body: AnswerQuestionBody,
        response: { 201: TodayQuestion, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.questions.answer(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.post(
    '/circles/:circleId/question/swap',
    {
      schema: {
        tags,
        summary: '“Another question”: once a day for the circle, before anyone has answered',
        params: CircleParams,
        body: SwapQuestionBody,
        response: { 200: TodayQuestion, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.questions.swap(
        requireUser(request),
        request.params.circleId,
        request.body.questionId,
      ),
  );
  app.get(
    '/circles/:circleId/questions',
    {
      schema: {
        tags,
        summary: 'Past days whose answers were read together, newest first, a page at a time',
        params: CircleParams,
        querystring: PastQuestionsQuery,
        response: { 200: PastQuestions, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      services.questions.past(requireUser(request), request.params.circleId, request.query),
  );
}
