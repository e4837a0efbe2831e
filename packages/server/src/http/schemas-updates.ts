import { UPDATE_DETAILS, UPDATE_KINDS } from '@recipro/core';
import { Type } from 'typebox';
import { Id, IsoTime } from './schemas.ts';
import { Next, PageQueryFields } from './schemas-paging.ts';

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
  next: Next,
});

export const UpdatesQuery = Type.Object(
  {
    ...PageQueryFields,
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

/** A person's channels for one kind of update, in their reminder settings. */
export const UpdateChoice = Type.Object({
  kind: Type.Enum(UPDATE_KINDS, { description: 'The kind of update.' }),
  push: Type.Boolean({ description: 'Sent by web push to your devices.' }),
  email: Type.Boolean({ description: 'Sent by email to your confirmed address.' }),
});

export const UpdateChoiceBody = Type.Object(
  {
    kind: Type.Enum(UPDATE_KINDS),
    push: Type.Boolean(),
    email: Type.Boolean(),
  },
  strict,
);

export const UpdateChoices = Type.Array(UpdateChoice, {
  description:
    'For every kind of update, whether it comes by push and by email. Every update is shown in the app either way.',
});

export const UpdateChoicesBody = Type.Array(UpdateChoiceBody, {
  maxItems: UPDATE_KINDS.length,
  description: 'Choices for some kinds (each kind at most once); the others stay as they are.',
});

export const UpdatePushesPerDay = Type.Integer({
  minimum: 1,
  description:
    'The most pushes about updates you get in a day ("let’s reset" aside); later ones come together, as one, the next morning.',
});
