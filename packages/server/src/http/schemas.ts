import {
  CIRCLE_KINDS,
  EFFORT_MAX,
  EFFORT_MIN,
  FORMS_OF_CARE,
  LOCALES,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
} from '@recipro/core';
import { Type, type Static } from 'typebox';
import { ERROR_CODES, type ErrorDetails as DomainErrorDetails } from '../errors.ts';
import { Next, PageQueryFields } from './schemas-paging.ts';

/**
 * Request and response schemas. They validate at the edge and produce the OpenAPI document.
 * Request bodies refuse unknown fields. Vocabularies come from core, never restated here.
 */
const strict = { additionalProperties: false } as const;

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'An opaque id.' });
export const IsoTime = Type.String({ format: 'date-time', description: 'ISO-8601 date and time.' });
/**
 * On an item read by the member who wrote it: true when their own words suggest fear or harm,
 * so the app offers them support. Worked out on each read, never stored, never sent to anyone
 * else (absent for them).
 */
export const ShowSupport = Type.Boolean({
  description: 'Only for the writer: their own words suggest fear or harm; offer support.',
});

/**
 * One problem with a request, in `details` of a `validation_failed` (and of a few `conflict`
 * and `forbidden` answers). Each field is there only where it says something.
 */
export const ErrorProblem = Type.Object({
  field: Type.Optional(
    Type.String({
      description:
        'The part of the request it is about: a body field (dotted into lists, as `answers.2`), a query or path parameter.',
    }),
  ),
  message: Type.Optional(
    Type.String({ description: 'What is wrong with it, for logs and tests.' }),
  ),
  code: Type.Optional(
    Type.String({
      description:
        'Why, for a program: `not_for_circle_kind`, or how a check-in answer failed (`missing_answer`, `out_of_range`, …).',
    }),
  ),
  kind: Type.Optional(
    Type.String({ description: 'With `not_for_circle_kind`: the kind of the circle.' }),
  ),
  itemId: Type.Optional(Type.String({ description: 'The check-in item an answer is for.' })),
  reason: Type.Optional(
    Type.String({ description: 'Why a repair guide cannot be finished yet (`not_ready`, …).' }),
  ),
});

/**
 * What an error may add to its message: the problems with the request, or, for two conflicts,
 * what the app needs to go on — the circle one already belongs to (or asked to join), and when
 * a check-in may be closed.
 */
export const ErrorDetails = Type.Union([
  Type.Array(ErrorProblem),
  Type.Object({ circleId: Id }),
  Type.Object({ closableFrom: IsoTime }),
]);
// The schema and the type services throw with (errors.ts) describe the same details.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDetails: Same<Static<typeof ErrorDetails>, DomainErrorDetails> = true;
void sameDetails;

/**
 * The one error shape, registered once with the app (`addSchema`) and named `ApiError` in the
 * OpenAPI document; each route's error answers refer to it (`errors()` below).
 */
export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES, { description: 'One of the closed set of error codes.' }),
      message: Type.String({
        description: 'For people reading logs; the app shows its own words.',
      }),
      details: Type.Optional(ErrorDetails),
    }),
  },
  { $id: 'ApiError', description: 'An error: `code` is one of the closed set.' },
);

/** Where a person stands with the first-run path after sign-up (its steps are read from their data). */
export const FirstRunSchema = Type.Union(
  [Type.Literal('open'), Type.Literal('skipped'), Type.Literal('done')],
  {
    description:
      "The first-run path: 'open' for a new account, 'skipped' after \"Not now\", 'done' once finished (accounts older than the path count as done).",
  },
);

/** A language recipro speaks (core's LOCALES), as a person chooses it for their account. */
export const LocaleSchema = Type.Enum(LOCALES, { description: 'A language recipro speaks.' });

export const User = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  emailConfirmed: Type.Boolean({ description: 'Whether a link sent to the address was followed.' }),
  pendingEmail: Type.Union([Type.String(), Type.Null()], {
    description: 'A new address waiting for its confirmation link to be followed.',
  }),
  firstRun: FirstRunSchema,
  locale: Type.Union([LocaleSchema, Type.Null()], {
    description:
      'The language the person chose, kept on the account so every device speaks it; null while not chosen.',
  }),
});

export const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' });
export const Name = Type.String({ minLength: 1, maxLength: NAME_MAX_LENGTH, pattern: '\\S' });
/** The rules for every new password (sign-up, change, reset). */
export const Password = Type.String({ minLength: 8, maxLength: 256 });

export const SignUpBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Name,
    locale: Type.Optional({
      ...LocaleSchema,
      description:
        'The language the app spoke at sign-up, kept as the account’s choice (none: not chosen).',
    }),
  },
  strict,
);
export const SignInBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  strict,
);

/** The effort of an act or a responsibility: 1 small, 2 medium, 3 big. */
export const EffortSchema = Type.Enum([1, 2, 3] as const, {
  description: `effort from ${EFFORT_MIN} (small) to ${EFFORT_MAX} (big)`,
});
export const CircleKindSchema = Type.Enum(CIRCLE_KINDS);
export const FormSchema = Type.Enum(FORMS_OF_CARE);

export const CreateCircleBody = Type.Object({ name: Name, kind: CircleKindSchema }, strict);

export const Member = Type.Object({ id: Id, name: Type.String(), joinedAt: IsoTime });
const CircleBase = {
  id: Id,
  name: Type.String(),
  kind: CircleKindSchema,
  createdAt: IsoTime,
  myMemberId: Id,
};
export const PendingMember = Type.Object({
  id: { ...Id, description: 'Their member id once let in.' },
  name: Type.String(),
  requestedAt: IsoTime,
});
export const FormerMember = Type.Object({
  id: Id,
  leftAt: { ...IsoTime, description: 'When they left; their acts stay as "a former member".' },
});
export const Circle = Type.Object({
  ...CircleBase,
  members: Type.Array(Member, { description: 'The current members, first to join first.' }),
  formerMembers: Type.Array(FormerMember, {
    description: 'People who left; acts, needs and ruptures may still name their member id.',
  }),
  keeperMemberId: Type.Union([Id, Type.Null()], {
    description: 'The keeper: may remove members (not in a couple) and hand the role on.',
  }),
  pendingMembers: Type.Array(PendingMember, {
    description: 'People who accepted an invitation and wait for a member to let them in.',
  }),
});
export const CircleList = Type.Object({
  circles: Type.Array(Type.Object({ ...CircleBase, memberCount: Type.Integer() }), {
    description: 'Newest first.',
  }),
  next: Next,
  waiting: Type.Array(
    Type.Object({
      circleId: Id,
      name: Type.String(),
      kind: CircleKindSchema,
      requestedAt: IsoTime,
    }),
    { description: 'Circles you asked to join, until a member lets you in (or 7 days pass).' },
  ),
});
export const MemberParams = Type.Object({ circleId: Id, memberId: Id }, strict);
export const InvitationParams = Type.Object({ circleId: Id, invitationId: Id }, strict);
export const KeeperBody = Type.Object({ memberId: Id }, strict);
export const OpenInvitations = Type.Object({
  invitations: Type.Array(
    Type.Object({ id: Id, invitedByMemberId: Id, createdAt: IsoTime, expiresAt: IsoTime }),
  ),
});

export const CircleParams = Type.Object({ circleId: Id }, strict);
export const ActParams = Type.Object({ circleId: Id, actId: Id }, strict);
export const TokenParams = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 128 }) },
  strict,
);

export const Invitation = Type.Object({
  id: Id,
  token: Type.String(),
  url: Type.String(),
  expiresAt: IsoTime,
});
export const InvitationPreview = Type.Object({
  circleId: Id,
  circleName: Type.String(),
  circleKind: CircleKindSchema,
  invitedByName: Type.String(),
  expiresAt: IsoTime,
});
export const Accepted = Type.Object({
  circleId: Id,
  memberId: { ...Id, description: 'Your member id once a member lets you in.' },
  status: Type.Literal('pending', { description: 'You wait for a member to let you in.' }),
});

export const LogActBody = Type.Object(
  {
    toMemberId: Id,
    form: FormSchema,
    effort: Type.Optional(Type.Integer({ minimum: EFFORT_MIN, maximum: EFFORT_MAX })),
    note: Type.Optional(Type.String({ maxLength: NOTE_MAX_LENGTH })),
    at: Type.Optional(IsoTime),
  },
  strict,
);

/** The `Idempotency-Key` header a write that may be retried accepts, described for that write. */
const idempotencyHeaders = (description: string) =>
  Type.Object({
    'idempotency-key': Type.Optional(
      Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$', description }),
    ),
  });

/**
 * Headers of logging an act, which may be retried: the same `Idempotency-Key` sent again gets
 * the first answer again instead of logging the act twice.
 */
export const IdempotencyHeaders = idempotencyHeaders(
  'A key you make for this one act (a UUID, say). Sent again with the same key — after an answer that never arrived — the act is not logged twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different act is a 409.',
);

/** Headers of every other signed-in write: the same, kept a day (see http/idempotency.ts). */
export const WriteIdempotencyHeaders = idempotencyHeaders(
  'A key you make for this one request (a UUID, say). Sent again with the same key within a day — after an answer that never arrived — the request is not done twice: you get the first answer again, with `Idempotent-Replayed: true`. The same key for a different request, or while the first is still being answered, is a 409.',
);

export const EditActBody = Type.Object(
  {
    toMemberId: Type.Optional(Id),
    form: Type.Optional(FormSchema),
    effort: Type.Optional(Type.Integer({ minimum: EFFORT_MIN, maximum: EFFORT_MAX })),
    note: Type.Optional(
      Type.Union([Type.String({ maxLength: NOTE_MAX_LENGTH }), Type.Null()], {
        description: 'The new note, or null to remove it.',
      }),
    ),
    at: Type.Optional(IsoTime),
  },
  { ...strict, minProperties: 1 },
);

export const Act = Type.Object({
  id: Id,
  circleId: Id,
  fromMemberId: Id,
  toMemberId: Id,
  form: FormSchema,
  effort: EffortSchema,
  note: Type.Union([Type.String(), Type.Null()]),
  at: IsoTime,
  createdAt: IsoTime,
  noticedAt: Type.Union([IsoTime, Type.Null()]),
  showSupport: Type.Optional(ShowSupport),
  questionedAt: Type.Union([IsoTime, Type.Null()], {
    description:
      'When the receiver said "I don\'t recognise this"; the act is out of the balance until its giver changes or withdraws it.',
  }),
  lateEntry: Type.Boolean({ description: 'Logged more than 7 days after the care happened.' }),
});

export const ActsQuery = Type.Object(
  {
    from: Type.Optional(IsoTime),
    to: Type.Optional(IsoTime),
    fromMemberId: Type.Optional(Id),
    toMemberId: Type.Optional(Id),
    ...PageQueryFields,
  },
  strict,
);
export const ActList = Type.Object({
  acts: Type.Array(Act, { description: 'Newest first (by when the care happened, then id).' }),
  next: Next,
});

export const SummaryQuery = Type.Object(
  { days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 30 })) },
  strict,
);
export const Summary = Type.Object({
  from: IsoTime,
  to: IsoTime,
  days: Type.Integer(),
  pairs: Type.Array(
    Type.Object({
      fromMemberId: Id,
      toMemberId: Id,
      acts: Type.Integer(),
      effort: Type.Integer(),
      noticed: Type.Integer(),
    }),
  ),
});

export const Health = Type.Object({ status: Type.Literal('ok'), database: Type.String() });

export const Ready = Type.Object({
  status: Type.Literal('ready'),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  migrations: Type.Object(
    { known: Type.Integer(), applied: Type.Integer() },
    { description: 'Migrations this build knows, and those the database has.' },
  ),
});

export const ErrorRef = Type.Ref('ApiError');

/** Error responses a route may give, for the OpenAPI document: each the shared `ApiError`. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ErrorRef])) as Record<number, typeof ErrorRef>;
