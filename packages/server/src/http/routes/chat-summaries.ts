import { Type, type Static } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, Id, IsoTime, errors } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

const strict = { additionalProperties: false } as const;
const Count = Type.Integer({ minimum: 0, maximum: 1e9 });

/**
 * Only numbers and participant names: there is no field that could carry a message, so the
 * chat itself cannot be uploaded through this route even by mistake.
 */
export const ChatSummary = Type.Object(
  {
    format: Type.Enum(['whatsapp', 'telegram', 'messenger']),
    messages: Count,
    systemMessages: Count,
    first: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    last: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    silenceSeconds: Type.Optional(Count),
    participants: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          messages: Count,
          words: Count,
          questions: Count,
          media: Count,
          conversationStarts: Count,
          medianReplySeconds: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
          apologies: Count,
          appreciations: Count,
          shareOfMessages: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        },
        strict,
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  strict,
);
export type ChatSummaryBody = Static<typeof ChatSummary>;

/** A chat summary as saved to a circle. */
export const Saved = Type.Object({
  id: Id,
  circleId: Id,
  memberId: Id,
  summary: ChatSummary,
  createdAt: IsoTime,
});

/** Saving and reading the summary numbers of chats analysed on members' own devices. */
export function chatSummaryRoutes(app: App, { services }: AppContext): void {
  app.post(
    '/circles/:circleId/chat-summaries',
    {
      schema: {
        tags: ['chat'],
        summary: 'Save the summary numbers of a chat analysed on your device (never the chat)',
        params: CircleParams,
        body: ChatSummary,
        response: { 201: Saved, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.chatSummaries.save(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.get(
    '/circles/:circleId/chat-summaries',
    {
      schema: {
        tags: ['chat'],
        summary: 'Chat summaries saved to the circle, newest first',
        params: CircleParams,
        response: { 200: Type.Object({ summaries: Type.Array(Saved) }), ...errors(401, 404) },
      },
    },
    async (request) => ({
      summaries: await services.chatSummaries.list(requireUser(request), request.params.circleId),
    }),
  );

  app.delete(
    '/circles/:circleId/chat-summaries/:summaryId',
    {
      schema: {
        tags: ['chat'],
        summary: 'Delete a chat summary you saved',
        params: Type.Object({ circleId: Id, summaryId: Id }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.chatSummaries.deleteMine(
        requireUser(request),
        request.params.circleId,
        request.params.summaryId,
      );
      return reply.status(204).send(null);
    },
  );
}
