import { RITUAL_KINDS } from '@recipro/core';
import { Type } from 'typebox';
import { Id, IsoTime } from './schemas.ts';
import { UpdateChoices, UpdateChoicesBody, UpdatePushesPerDay } from './schemas-updates.ts';

/** Schemas of rituals and reminders. */
const strict = { additionalProperties: false } as const;
const WallTime = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'local time, HH:MM (24-hour)',
});
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone, e.g. Europe/London',
});

const RitualKindField = Type.Enum(RITUAL_KINDS);
const RitualTitle = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Rrule = Type.String({
  minLength: 1,
  maxLength: 500,
  description: 'iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=SU',
});
const Participants = Type.Array(Id, { minItems: 1, maxItems: 50 });

export const RitualBody = Type.Object(
  {
    kind: RitualKindField,
    title: Type.Optional(RitualTitle),
    rrule: Rrule,
    time: WallTime,
    timezone: TimeZone,
    memberIds: Type.Optional(Participants),
  },
  strict,
);
/** An edit: any of the fields a ritual is started with, checked by the same rules. */
export const RitualPatch = Type.Object(
  {
    kind: Type.Optional(RitualKindField),
    title: Type.Optional(RitualTitle),
    rrule: Type.Optional(Rrule),
    time: Type.Optional(WallTime),
    timezone: Type.Optional(TimeZone),
    memberIds: Type.Optional(Participants),
  },
  { ...strict, minProperties: 1 },
);
export const RitualParams = Type.Object({ circleId: Id, ritualId: Id }, strict);
export const Ritual = Type.Object({
  id: Id,
  circleId: Id,
  kind: Type.Enum(RITUAL_KINDS),
  title: Type.String(),
  rrule: Type.String(),
  time: Type.String(),
  timezone: Type.String(),
  memberIds: Type.Array(Id),
  startsOn: Type.String(),
  createdByMemberId: Id,
  createdAt: IsoTime,
  nextAt: Type.Union([IsoTime, Type.Null()]),
  rhythm: Type.Object({ done: Type.Integer(), of: Type.Integer(), recentRun: Type.Integer() }),
});

const QuietHours = Type.Object({ from: WallTime, to: WallTime }, strict);
export const NotificationsBody = Type.Object(
  {
    email: Type.Boolean(),
    push: Type.Boolean(),
    quietHours: Type.Optional(Type.Union([QuietHours, Type.Null()])),
    timezone: Type.Optional(TimeZone),
    updates: Type.Optional(UpdateChoicesBody),
  },
  strict,
);
export const TestReminder = Type.Object(
  {
    push: Type.Object({
      status: Type.Union(
        [Type.Literal('sending'), Type.Literal('no_device'), Type.Literal('not_chosen')],
        {
          description:
            'sending: queued for each device with a push subscription; no_device: push is chosen but no device has subscribed, nothing queued; not_chosen: push is off',
        },
      ),
      devices: Type.Integer({ minimum: 0, description: 'Devices the test reminder goes to' }),
    }),
    email: Type.Object({
      status: Type.Union(
        [
          Type.Literal('sending'),
          Type.Literal('unconfirmed'),
          Type.Literal('not_configured'),
          Type.Literal('not_chosen'),
        ],
        {
          description:
            'sending: queued to the confirmed address; unconfirmed: the address is not confirmed yet; not_configured: this server cannot send email; not_chosen: email is off',
        },
      ),
    }),
  },
  { description: 'What the test reminder does on each channel' },
);
export const Notifications = Type.Object({
  email: Type.Boolean(),
  push: Type.Boolean(),
  quietHours: Type.Union([Type.Object({ from: Type.String(), to: Type.String() }), Type.Null()]),
  timezone: Type.String(),
  emailAvailable: Type.Boolean(),
  updates: UpdateChoices,
  updatePushesPerDay: UpdatePushesPerDay,
});

const Base64Url = Type.String({ minLength: 16, maxLength: 200, pattern: '^[A-Za-z0-9_-]+={0,2}$' });
export const PushSubscriptionBody = Type.Object(
  {
    endpoint: Type.String({ minLength: 10, maxLength: 1000, pattern: '^https?://' }),
    expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    keys: Type.Object({ p256dh: Base64Url, auth: Base64Url }, strict),
  },
  strict,
);
export const PushSubscriptionList = Type.Object({
  subscriptions: Type.Array(Type.Object({ endpoint: Type.String() })),
});
export const PushEndpointQuery = Type.Object(
  { endpoint: Type.String({ minLength: 1, maxLength: 1000 }) },
  strict,
);
export const TokenParam = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) },
  strict,
);
