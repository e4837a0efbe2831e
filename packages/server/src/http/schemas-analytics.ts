import {
  BALANCE_BANDS,
  BALANCE_WINDOWS,
  CARE_LANGUAGES,
  FORMS_OF_CARE,
  RECIPROCITY_PATTERNS,
  SEASON_KINDS,
  SEASON_STATUSES,
} from '@recipro/core';
import { Type } from 'typebox';
import { Id, IsoTime } from './schemas.ts';

/** Schemas of the balance view, seasons and care languages. */
const strict = { additionalProperties: false } as const;
const open = { additionalProperties: true } as const;

export const BalanceQuery = Type.Object(
  { window: Type.Optional(Type.Enum(['7', '30', '90', 'decay'], { default: '30' })) },
  strict,
);

const Amount = Type.Object({ acts: Type.Number(), effort: Type.Number() });
const ShareOf = Type.Object({ effort: Type.Number(), share: Type.Number() });
const ByForm = Type.Object({ given: Type.Number(), received: Type.Number() });

export const Balance = Type.Object({
  window: Type.Enum(BALANCE_WINDOWS),
  now: IsoTime,
  from: IsoTime,
  to: IsoTime,
  halfLifeDays: Type.Number(),
  pairs: Type.Array(
    Type.Object(
      {
        fromMemberId: Id,
        toMemberId: Id,
        index: Type.Number({ minimum: -1, maximum: 1 }),
        band: Type.Enum(BALANCE_BANDS),
        thin: Type.Boolean(),
        pattern: Type.Enum(RECIPROCITY_PATTERNS),
        given: Amount,
        received: Amount,
        byForm: Type.Object(
          Object.fromEntries(FORMS_OF_CARE.map((form) => [form, ByForm])) as Record<
            (typeof FORMS_OF_CARE)[number],
            typeof ByForm
          >,
          { description: 'Effort per form of care, both ways; every form is present.' },
        ),
        noticedRate: Type.Union([Type.Number(), Type.Null()]),
        fit: Type.Union([Type.Object({}, open), Type.Null()]),
        season: Type.Union(
          [Type.Object({ id: Id, memberId: Id, kind: Type.Enum(SEASON_KINDS) }), Type.Null()],
          {
            description:
              'A season of the member who gives less, overlapping the view; caps the band at leaning.',
          },
        ),
      },
      {
        ...open,
        description: 'Also `signs` and `patternEvidence`, what the pattern was read from.',
      },
    ),
  ),
  matrix: Type.Object({ memberIds: Type.Array(Id), effort: Type.Array(Type.Array(Type.Number())) }),
  loadShares: Type.Array(
    Type.Object({
      memberId: Id,
      effort: Type.Number(),
      share: Type.Number(),
      household: ShareOf,
      emotional: ShareOf,
    }),
  ),
  gini: Type.Number(),
  insights: Type.Array(
    Type.Object({
      kind: Type.String({
        description:
          'What stands out, as a stable kind (docs/analytics.md); the reader’s language words it from its members and evidence.',
      }),
      memberIds: Type.Array(Id),
      evidence: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String(), Type.Null()])),
    }),
  ),
});

export const SeasonBody = Type.Object(
  {
    memberId: Id,
    kind: Type.Enum(SEASON_KINDS),
    startsAt: IsoTime,
    endsAt: Type.Optional(IsoTime),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  strict,
);
export const Season = Type.Object({
  id: Id,
  circleId: Id,
  memberId: Id,
  kind: Type.Enum(SEASON_KINDS),
  startsAt: IsoTime,
  endsAt: Type.Union([IsoTime, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  createdByMemberId: Id,
  createdAt: IsoTime,
  status: Type.Enum(SEASON_STATUSES),
});
export const SeasonChangeBody = Type.Object(
  {
    kind: Type.Optional(Type.Enum(SEASON_KINDS)),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    endsAt: Type.Optional(IsoTime),
  },
  { ...strict, minProperties: 1 },
);
export const SeasonParams = Type.Object({ circleId: Id, seasonId: Id }, strict);

export const CareLanguagesBody = Type.Object(
  { ranked: Type.Array(Type.String({ maxLength: 32 }), { maxItems: CARE_LANGUAGES.length * 2 }) },
  strict,
);
export const CareLanguages = Type.Object({ ranked: Type.Array(Type.Enum(CARE_LANGUAGES)) });

export const SeriesQuery = Type.Object(
  {
    points: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 13 })),
    stepDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 7 })),
    windowDays: Type.Optional(Type.Integer({ enum: [7, 30, 90], default: 30 })),
  },
  strict,
);
const Point = Type.Object({
  from: IsoTime,
  to: IsoTime,
  index: Type.Number(),
  band: Type.Enum(BALANCE_BANDS),
  given: Amount,
  received: Amount,
  seasonId: Type.Union([Id, Type.Null()]),
});
export const Series = Type.Object({
  now: IsoTime,
  stepDays: Type.Integer(),
  windowDays: Type.Integer(),
  pairs: Type.Array(Type.Object({ fromMemberId: Id, toMemberId: Id, points: Type.Array(Point) })),
});
