import { Type } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, Id, errors } from '../schemas.ts';
import { ChatSummary, SavedChatSummary as Saved } from '../schemas-chat.ts';
import type { App, AppContext } from '../types.ts';

/** Saving and reading the summary numbers of chats analysed on members' own devices. */
export function chatSummaryRoutes(app: App, { services }: AppContext): void {
  app.post(
    '/circles/:circleId/chat-summaries',
    {
      schema: {
        tags: ['chat'],
        summary:
          "Save the rhythm of a chat analysed on your device (never the chat, nobody's numbers)",
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
