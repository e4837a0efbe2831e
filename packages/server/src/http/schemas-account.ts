import { Type } from 'typebox';
import { Email, FirstRunSchema, Id, IsoTime, LocaleSchema, Name, Password } from './schemas.ts';
import { Next } from './schemas-paging.ts';

/** Schemas of account control: password, sessions, profile, reset and confirmation links. */
const strict = { additionalProperties: false } as const;

const Token = Type.String({ minLength: 1, maxLength: 128 });

export const AuthOptions = Type.Object({
  passwordResetByEmail: Type.Boolean({
    description:
      'Whether a forgotten password can be reset by email. Without email, the server’s owner can run `npx recipro reset-password <email>`.',
  }),
});

export const ChangePasswordBody = Type.Object(
  { current: Type.String({ minLength: 1, maxLength: 256 }), next: Password },
  strict,
);

export const ResetRequestBody = Type.Object({ email: Email }, strict);
export const ResetBody = Type.Object({ token: Token, password: Password }, strict);
export const ConfirmEmailBody = Type.Object({ token: Token }, strict);

export const UpdateProfileBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    firstRun: Type.Optional(FirstRunSchema),
    locale: Type.Optional(LocaleSchema),
  },
  strict,
);

export const Session = Type.Object({
  id: Id,
  createdAt: IsoTime,
  lastSeenAt: IsoTime,
  userAgent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean({ description: 'Whether this is the session of the request itself.' }),
});
export const SessionList = Type.Object({
  sessions: Type.Array(Session, { description: 'The most recently begun first.' }),
  next: Next,
});
export const SessionParams = Type.Object({ id: Id }, strict);

/** A 202 answer with an empty body (the work goes on after the answer). */
export const AcceptedEmpty = Type.Unsafe<void>({ description: 'Accepted; the body is empty.' });
