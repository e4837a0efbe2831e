import { FREQUENCIES, RESPONSIBILITY_AREAS, STAGES } from '@recipro/core';
import { Type } from 'typebox';
import { EffortSchema, Id, IsoTime } from './schemas.ts';

/** Schemas of the load divider. */
const strict = { additionalProperties: false } as const;
const Owner = Type.Union([Id, Type.Null()]);
const Area = Type.Enum(RESPONSIBILITY_AREAS);
const Title = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Effort = EffortSchema;

/** Stages to give back, each once. */
export const ReleaseBody = Type.Object(
  {
    stages: Type.Array(Type.Enum(STAGES), {
      minItems: 1,
      maxItems: STAGES.length,
      uniqueItems: true,
    }),
  },
  strict,
);

export const OwnersBody = Type.Object(
  {
    notice: Type.Optional(Owner),
    plan: Type.Optional(Owner),
    do: Type.Optional(Owner),
    followUp: Type.Optional(Owner),
  },
  strict,
);
export const ResponsibilityBody = Type.Object(
  {
    title: Title,
    area: Area,
    frequency: Type.Enum(FREQUENCIES),
    effort: Effort,
    owners: Type.Optional(OwnersBody),
  },
  strict,
);
export const ResponsibilityPatch = Type.Object(
  {
    title: Type.Optional(Title),
    area: Type.Optional(Area),
    frequency: Type.Optional(Type.Enum(FREQUENCIES)),
    effort: Type.Optional(Effort),
    owners: Type.Optional(OwnersBody),
  },
  { ...strict, minProperties: 1 },
);
export const CatalogueBody = Type.Object(
  { ids: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 100 }) },
  strict,
);
export const ResponsibilityParams = Type.Object({ circleId: Id, responsibilityId: Id }, strict);

export const Responsibility = Type.Object({
  id: Id,
  circleId: Id,
  title: Type.String(),
  area: Area,
  frequency: Type.Enum(FREQUENCIES),
  effort: Effort,
  catalogueId: Type.Union([Type.String(), Type.Null()]),
  owners: Type.Object({ notice: Owner, plan: Owner, do: Owner, followUp: Owner }),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});

export const Load = Type.Object({
  mine: Type.Object({
    perceivedShare: Type.Union([Type.Integer(), Type.Null()]),
    prefers: Type.Array(Area),
    cannot: Type.Array(Area),
  }),
  members: Type.Array(
    Type.Object({
      memberId: Id,
      share: Type.Number(),
      invisibleShare: Type.Number(),
      load: Type.Number(),
      invisibleLoad: Type.Number(),
    }),
  ),
  gini: Type.Number(),
  unownedLoad: Type.Number(),
  perceived: Type.Array(
    Type.Object({
      memberId: Id,
      perceived: Type.Union([Type.Number(), Type.Null()]),
      inventory: Type.Number(),
    }),
  ),
  suggestions: Type.Array(
    Type.Object({
      responsibilityId: Id,
      stage: Type.Enum(STAGES),
      fromMemberId: Id,
      toMemberId: Id,
      giniBefore: Type.Number(),
      giniAfter: Type.Number(),
    }),
  ),
});

export const MyLoadViewBody = Type.Object(
  {
    perceivedShare: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
    ),
    prefers: Type.Optional(
      Type.Array(Area, { maxItems: RESPONSIBILITY_AREAS.length, uniqueItems: true }),
    ),
    cannot: Type.Optional(
      Type.Array(Area, { maxItems: RESPONSIBILITY_AREAS.length, uniqueItems: true }),
    ),
  },
  strict,
);
export const MyLoadView = Type.Object({
  memberId: Id,
  perceivedShare: Type.Union([Type.Integer(), Type.Null()]),
  prefers: Type.Array(Area),
  cannot: Type.Array(Area),
});

export const HandoverBody = Type.Object(
  { responsibilityId: Id, stage: Type.Enum(STAGES), toMemberId: Id },
  strict,
);
export const HandoverParams = Type.Object({ circleId: Id, handoverId: Id }, strict);
export const Handover = Type.Object({
  id: Id,
  circleId: Id,
  responsibilityId: Id,
  stage: Type.Enum(STAGES),
  fromMemberId: Id,
  toMemberId: Id,
  proposedByMemberId: Id,
  status: Type.Enum(['proposed', 'accepted', 'declined']),
  createdAt: IsoTime,
  decidedAt: Type.Union([IsoTime, Type.Null()]),
});

/** The built-in catalogue of responsibilities (core's `CatalogueItem`). */
export const Catalogue = Type.Object({
  catalogue: Type.Immutable(
    Type.Array(
      Type.Object({
        id: Type.String({ description: 'Stable; also the i18n key of the title.' }),
        title: Type.String(),
        area: Area,
        frequency: Type.Enum(FREQUENCIES),
        effort: Effort,
      }),
    ),
  ),
});
