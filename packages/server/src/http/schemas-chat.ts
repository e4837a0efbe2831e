import {
  CHAT_FORMATS,
  CHAT_SUMMARY_LIMITS,
  REPLY_BALANCES,
  REPLY_PACES,
  SPREADS,
  type ChatSummary as DomainChatSummary,
} from '@recipro/chat';
import { Type, type Static } from 'typebox';
import { Id, IsoTime } from './schemas.ts';

/**
 * The chat summary as the API takes and gives it: `@recipro/chat`'s `ChatSummary`, with its
 * vocabularies and limits from there. Unknown fields are refused, so neither the chat nor a
 * ledger of who wrote what can be uploaded, even by mistake.
 */
const strict = { additionalProperties: false } as const;
const { maxMessages, maxPeople, maxTimeLength, latelyWeeks } = CHAT_SUMMARY_LIMITS;

/** How one kind of message is spread over the chat's people, naming nobody. */
const Spread = Type.Enum(SPREADS);
const Time = Type.Union([Type.String({ maxLength: maxTimeLength }), Type.Null()]);

/**
 * A chat's rhythm as patterns (`ChatRhythm`): no name and no count of any person. `lately` is
 * null when the chat is no longer than the weeks it looks at, and in summaries saved before
 * migration 0015, which kept no weeks.
 */
const Rhythm = Type.Object(
  {
    talk: Spread,
    starts: Spread,
    questions: Spread,
    thanks: Spread,
    repair: Spread,
    replyPace: Type.Enum(REPLY_PACES),
    replyBalance: Type.Enum(REPLY_BALANCES),
    lately: Type.Union([
      Type.Object(
        {
          weeks: Type.Integer({ minimum: latelyWeeks.min, maximum: latelyWeeks.max }),
          talk: Spread,
          starts: Spread,
        },
        strict,
      ),
      Type.Null(),
    ]),
  },
  strict,
);

export const ChatSummary = Type.Object(
  {
    format: Type.Enum(CHAT_FORMATS),
    messages: Type.Integer({ minimum: 0, maximum: maxMessages }),
    people: Type.Integer({ minimum: 0, maximum: maxPeople }),
    first: Time,
    last: Time,
    rhythm: Rhythm,
  },
  strict,
);

/** A chat summary as saved to a circle. */
export const SavedChatSummary = Type.Object({
  id: Id,
  circleId: Id,
  memberId: Id,
  summary: ChatSummary,
  createdAt: IsoTime,
});

// The schema and the domain type describe the same thing: each fits the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsDomain: Same<Static<typeof ChatSummary>, DomainChatSummary> = true;
void sameAsDomain;
