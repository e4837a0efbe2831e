import { INSTRUMENT_IDS, NOTE_MAX_LENGTH, REFLECTION_THEMES, VALUES_TOPICS } from '@recipro/core';
import { Type, type TArrayOptions, type TSchema } from 'typebox';
import { Id, IsoTime, ShowSupport } from './schemas.ts';
import { Next } from './schemas-paging.ts';

/** Schemas of the RECIPRO cycle: check-ins, reflections, needs, ruptures. */
const strict = { additionalProperties: false } as const;
const Text = Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' });
const Note = Type.String({ maxLength: NOTE_MAX_LENGTH });

export const InstrumentIdSchema = Type.Enum(INSTRUMENT_IDS);
export const OpenCheckinBody = Type.Object({ instrument: InstrumentIdSchema }, strict);
export const AnswerBody = Type.Object(
  {
    answers: Type.Array(Type.Union([Type.Integer(), Type.Null()]), { maxItems: 100 }),
    note: Type.Optional(Note),
  },
  strict,
);
export const CheckinParams = Type.Object({ circleId: Id, checkinId: Id }, strict);
export const InstrumentParams = Type.Object({ instrumentId: InstrumentIdSchema }, strict);

/** Arrays the handler hands over from core's readonly data. */
const RoArray = <T extends TSchema>(items: T, options?: TArrayOptions) =>
  Type.Immutable(Type.Array(items, options));

/** What every item has, whatever its kind (core's `ItemBase`). */
const ItemBase = {
  id: Type.String(),
  number: Type.Integer({ description: '1-based, as printed.' }),
  csi32Number: Type.Union([Type.Integer(), Type.Null()]),
  private: Type.Boolean({ description: 'Only the member who answered ever sees the answer.' }),
  safetyConcernAt: RoArray(Type.Integer(), {
    description: 'Positions that suggest fear or harm.',
  }),
  provenance: Type.Union([
    Type.Object({ construct: Type.String(), basis: Type.String() }),
    Type.Null(),
  ]),
};
/**
 * Words of a published questionnaire (the CSI), as its authors printed them; null for recipro's
 * own, which the reader's language words by id (`checkinItem.<instrument>.<item>`,
 * `checkinOption.<instrument>.<item>.<position>`, `checkinInstruction.<instrument>.<position>`).
 */
const Words = Type.Union([Type.String(), Type.Null()], {
  description: 'As published for the CSI; null for recipro’s own items, worded by id.',
});
const InstrumentItem = Type.Union([
  Type.Object({
    ...ItemBase,
    kind: Type.Literal('choice'),
    text: Words,
    options: RoArray(Type.Object({ label: Words, score: Type.Number() })),
  }),
  Type.Object({
    ...ItemBase,
    kind: Type.Literal('word_pair'),
    left: Words,
    right: Words,
    scores: RoArray(Type.Number(), { description: 'The value of each position from the left.' }),
  }),
]);
/**
 * An instrument as people may see it: core's `Instrument` without its research cut-off, and for
 * recipro's own without its English (core's instruments/display.ts).
 */
export const Instrument = Type.Object({
  id: InstrumentIdSchema,
  version: Type.Integer(),
  name: Words,
  origin: Type.Enum(['validated', 'own']),
  ownLabel: Type.Union([Type.String(), Type.Null()]),
  citation: Type.Union([Type.String(), Type.Null()]),
  instructions: RoArray(Type.Object({ text: Words, itemIds: RoArray(Type.String()) })),
  items: RoArray(InstrumentItem),
  total: Type.Union([Type.Object({ min: Type.Number(), max: Type.Number() }), Type.Null()]),
});
export const InstrumentList = Type.Object({ instruments: RoArray(Instrument) });

/** Reflection prompts, needs starters and values questions: ids, the reader's language words them. */
export const Prompts = Type.Object({
  reflection: RoArray(Type.Object({ id: Type.String(), theme: Type.Enum(REFLECTION_THEMES) })),
  needsStarters: RoArray(Type.Object({ id: Type.String() })),
  values: RoArray(Type.Object({ id: Type.String(), topic: Type.Enum(VALUES_TOPICS) })),
});

const Nums = Type.Array(Type.Integer());
const NullableNums = Type.Array(Type.Union([Type.Integer(), Type.Null()]));
const Status = Type.Enum(['open', 'revealed', 'closed']);
/** Who opened it, whether the reader may close it, and from when, before everyone has answered. */
const Closing = {
  openedBy: Id,
  openedByMe: Type.Boolean(),
  closableByMe: Type.Boolean(),
  closableFrom: IsoTime,
};

export const Checkin = Type.Object({
  id: Id,
  instrument: InstrumentIdSchema,
  instrumentVersion: Type.Integer(),
  status: Status,
  createdAt: IsoTime,
  closedAt: Type.Union([IsoTime, Type.Null()]),
  memberCount: Type.Integer(),
  answeredCount: Type.Integer(),
  ...Closing,
  mine: Type.Union([
    Type.Object({
      answers: Nums,
      scores: Nums,
      total: Type.Union([Type.Integer(), Type.Null()]),
      note: Type.Union([Type.String(), Type.Null()]),
      answeredAt: IsoTime,
    }),
    Type.Null(),
  ]),
  showSupport: Type.Boolean(),
  results: Type.Optional(
    Type.Array(
      Type.Object({
        memberId: Id,
        score: Type.Union([Type.Integer(), Type.Null()]),
        answers: NullableNums,
      }),
    ),
  ),
  thingsToTalkAbout: Type.Optional(Type.Array(Type.String())),
});

const Trend = Type.Object({
  totals: Type.Array(Type.Union([Type.Integer(), Type.Null()])),
  latest: Type.Union([
    Type.Object({
      from: Type.Number(),
      to: Type.Number(),
      change: Type.Number(),
      direction: Type.String(),
    }),
    Type.Null(),
  ]),
});

export const CheckinHistory = Type.Object({
  checkins: Type.Array(
    Type.Object({
      id: Id,
      instrument: InstrumentIdSchema,
      status: Status,
      createdAt: IsoTime,
      memberCount: Type.Integer(),
      answeredCount: Type.Integer(),
      answeredByMe: Type.Boolean(),
    }),
  ),
  trends: Type.Object({
    csi4: Type.Optional(Trend),
    csi16: Type.Optional(Trend),
    reciprocity: Type.Optional(Trend),
  }),
  next: Next,
});

export const ReflectionBody = Type.Object({ text: Text, promptId: Type.Optional(Id) }, strict);
export const Reflection = Type.Object({
  id: Id,
  circleId: Id,
  promptId: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  createdAt: IsoTime,
  showSupport: Type.Optional(ShowSupport),
});
export const ReflectionParams = Type.Object({ circleId: Id, reflectionId: Id }, strict);

export const NeedBody = Type.Object(
  { text: Text, starterId: Type.Optional(Id), shared: Type.Optional(Type.Boolean()) },
  strict,
);
export const NeedShareBody = Type.Object(
  {
    shared: Type.Boolean({
      description: 'true shares it with the circle; false makes it private again.',
    }),
  },
  strict,
);
export const Need = Type.Object({
  id: Id,
  circleId: Id,
  authorMemberId: Id,
  starterId: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  shared: Type.Boolean(),
  createdAt: IsoTime,
  thankedBy: Type.Array(Id),
  showSupport: Type.Optional(ShowSupport),
});
export const NeedParams = Type.Object({ circleId: Id, needId: Id }, strict);

export const RuptureBody = Type.Object(
  {
    note: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: NOTE_MAX_LENGTH,
        pattern: '\\S',
        description:
          'A few words about what happened. Needed unless `reachOut` is true: a blank form logs nothing.',
      }),
    ),
    reachOut: Type.Optional(
      Type.Boolean({
        description:
          'true: log it and say "Let\'s reset" in one go (one tap after a heated moment); the note may then be left out.',
      }),
    ),
    notePrivate: Type.Optional(Type.Boolean()),
    at: Type.Optional(IsoTime),
  },
  strict,
);
export const Rupture = Type.Object({
  id: Id,
  circleId: Id,
  loggedByMemberId: Id,
  note: Type.Union([Type.String(), Type.Null()]),
  notePrivate: Type.Boolean(),
  occurredAt: IsoTime,
  createdAt: IsoTime,
  repairStartedAt: Type.Union([IsoTime, Type.Null()]),
  repairedAt: Type.Union([IsoTime, Type.Null()]),
  involvedMemberIds: Type.Array(Id),
  repairedBy: Type.Array(Id),
  startedByMemberId: Type.Union([Id, Type.Null()]),
  secondsToRepair: Type.Union([Type.Integer(), Type.Null()]),
  showSupport: Type.Optional(ShowSupport),
});
export const RuptureParams = Type.Object({ circleId: Id, ruptureId: Id }, strict);
export const RuptureList = Type.Object({
  ruptures: Type.Array(Rupture),
  next: Next,
  stats: Type.Object({
    ruptures: Type.Integer(),
    repaired: Type.Integer(),
    startedShares: Type.Array(
      Type.Object({ memberId: Id, started: Type.Integer(), share: Type.Number() }),
    ),
    medianSecondsToRepair: Type.Union([Type.Number(), Type.Null()]),
    withinGoalShare: Type.Union([Type.Number(), Type.Null()]),
  }),
});

export const ValuesParams = Type.Object({ circleId: Id, roundId: Id }, strict);
export const ValuesAnswerBody = Type.Object(
  { answers: Type.Array(Type.String({ maxLength: NOTE_MAX_LENGTH }), { maxItems: 50 }) },
  strict,
);
export const ValuesRound = Type.Object({
  id: Id,
  status: Status,
  createdAt: IsoTime,
  memberCount: Type.Integer(),
  answeredCount: Type.Integer(),
  ...Closing,
  questions: Type.Array(Type.Object({ id: Type.String(), topic: Type.String() })),
  mine: Type.Union([
    Type.Object({ answers: Type.Array(Type.String()), answeredAt: IsoTime }),
    Type.Null(),
  ]),
  results: Type.Optional(
    Type.Array(Type.Object({ memberId: Id, answers: Type.Array(Type.String()) })),
  ),
  thingsToTalkAbout: Type.Optional(Type.Array(Type.String())),
  showSupport: Type.Optional(ShowSupport),
});
