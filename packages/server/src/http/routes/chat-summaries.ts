import { Type } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, Id, errors } from '../schemas.ts';
import { ChatSummary, SavedChatSummary as Saved } from '../schemas-chat.ts';
import type { App, AppContext } from '../types.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

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
        summary: 'Chat summaries saved to the circle, newest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ summaries: Type.Array(Saved), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.chatSummaries.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { summaries: page.items, next: page.next };
    },
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
