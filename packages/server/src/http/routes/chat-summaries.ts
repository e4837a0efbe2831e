import { Type, type Static } from 'typebox';
import { requireUser } from '../session.ts';
import { CircleParams, Id, IsoTime, errors } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

const strict = { additionalProperties: false } as const;
const Count = Type.Integer({ minimum: 0, maximum: 1e9 });

/** How one kind of message is spread over the chat's people, naming nobody. */
const Spread = Type.Enum(['none', 'thin', 'shared', 'one_side']);

/**
 * A chat's rhythm as patterns (`@recipro/chat`'s `ChatRhythm`): no name and no count of any
 * person. `lately` is null when the chat is no longer than the weeks it looks at, and in
 * summaries saved before migration 0015, which kept no weeks.
 */
const Rhythm = Type.Object(
  {
    talk: Spread,
    starts: Spread,
    questions: Spread,
    thanks: Spread,
    repair: Spread,
    replyPace: Type.Enum(['minutes', 'hour', 'day', 'longer', 'unknown']),
    replyBalance: Type.Enum(['even', 'uneven', 'unknown']),
    lately: Type.Union([
      Type.Object(
        { weeks: Type.Integer({ minimum: 1, maximum: 52 }), talk: Spread, starts: Spread },
        strict,
      ),
      Type.Null(),
    ]),
  },
  strict,
);

/**
 * What a circle keeps of a chat: which app, how many messages from how many people, when, and
 * its rhythm. There is no field for a name, a message or one person's numbers, so neither the
 * chat nor a ledger of who wrote what can be uploaded through this route, even by mistake.
 */
export const ChatSummary = Type.Object(
  {
    format: Type.Enum(['whatsapp', 'telegram', 'messenger']),
    messages: Count,
    people: Type.Integer({ minimum: 0, maximum: 1e6 }),
    first: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    last: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    rhythm: Rhythm,
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
