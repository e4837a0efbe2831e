import { UPDATE_DETAILS, UPDATE_KINDS } from '@recipro/core';
import { Type } from 'typebox';
import { Id, IsoTime } from './schemas.ts';

const strict = { additionalProperties: false } as const;
const orNull = <T extends Parameters<typeof Type.Union>[0][number]>(
  schema: T,
  description: string,
) => Type.Union([schema, Type.Null()], { description });

export const Update = Type.Object({
  id: Id,
  kind: Type.Enum(UPDATE_KINDS, { description: 'What happened.' }),
  circleId: Id,
  circleName: orNull(Type.String(), 'The circle’s name; null once the circle is gone.'),
  actorMemberId: orNull(Id, 'The member (or request to join) who acted.'),
  actorName: orNull(Type.String(), 'Their name; null once they have left, or when nobody acted.'),
  subjectId: orNull(Id, 'What the update is about: an act, a season, a ritual…'),
  detail: orNull(Type.Enum(UPDATE_DETAILS), 'For answers: accepted or declined.'),
  createdAt: IsoTime,
  readAt: orNull(IsoTime, 'When you marked it read.'),
});

export const UpdatesPage = Type.Object({
  updates: Type.Array(Update, { description: 'Newest first.' }),
  unread: Type.Integer({ minimum: 0, description: 'How many of all your updates are unread.' }),
  nextBefore: orNull(Id, 'Pass as `before` for the next page; null when there is none.'),
});

export const UpdatesQuery = Type.Object(
  {
    before: Type.Optional({ ...Id, description: 'The id of the last update already shown.' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })),
  },
  strict,
);

export const ReadUpdatesBody = Type.Union(
  [
    Type.Object({ ids: Type.Array(Id, { minItems: 1, maxItems: 500 }) }, strict),
    Type.Object({ all: Type.Literal(true) }, strict),
  ],
  { description: 'Some of your updates by id, or all of them.' },
);

export const UnreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });
