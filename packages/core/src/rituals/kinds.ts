import type { CircleKind } from '../vocabulary.ts';

/** The rituals recipro knows, each with a suggested title (custom ones bring their own). */
export const RITUAL_KINDS = [
  'nightly_checkin',
  'appreciation',
  'weekly_checkin',
  'monthly_family_checkin',
  'team_feedback',
  'get_together',
  'custom',
] as const;
export type RitualKind = (typeof RITUAL_KINDS)[number];

export const isRitualKind = (v: unknown): v is RitualKind =>
  typeof v === 'string' && (RITUAL_KINDS as readonly string[]).includes(v);

/** A ritual as recipro suggests it to one kind of circle: its name and when it comes round. */
export interface RitualSuggestion {
  /** The suggested name; also the English text of the web's i18n key for it. */
  readonly title: string;
  /** An iCalendar RRULE the web's schedule picker can show (daily, weekly days, month day). */
  readonly rrule: string;
  /** Local wall-clock time, HH:MM. */
  readonly time: string;
}

/**
 * What each kind of circle is offered, in the order offered, worded for it (PRODUCT.md
 * principle 3): a nightly check-in belongs to people who share evenings, a feedback round to a
 * team, a monthly family check-in to a family. Every kind may bring its own (`custom`).
 */
export const RITUALS_BY_KIND: Readonly<
  Record<CircleKind, Readonly<Partial<Record<RitualKind, RitualSuggestion>>>>
> = {
  couple: {
    appreciation: { title: 'Two-minute appreciation', rrule: 'FREQ=DAILY', time: '19:00' },
    nightly_checkin: { title: 'Ten-minute check-in at night', rrule: 'FREQ=DAILY', time: '21:30' },
    weekly_checkin: { title: 'How are we doing?', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '18:00' },
    get_together: { title: 'Date night', rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '19:30' },
    custom: { title: 'Our own ritual', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '19:00' },
  },
  family: {
    appreciation: { title: 'Thank-you moment', rrule: 'FREQ=DAILY', time: '19:00' },
    nightly_checkin: {
      title: 'Ten minutes together in the evening',
      rrule: 'FREQ=DAILY',
      time: '19:30',
    },
    weekly_checkin: {
      title: 'How is everyone doing?',
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      time: '18:00',
    },
    monthly_family_checkin: {
      title: 'Monthly family check-in',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
      time: '17:00',
    },
    get_together: { title: 'Family meal', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '13:00' },
    custom: { title: 'Our own ritual', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '19:00' },
  },
  friends: {
    appreciation: { title: 'A word of thanks', rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '18:00' },
    weekly_checkin: { title: 'Catch-up call', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '19:00' },
    get_together: { title: 'Get-together', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', time: '19:00' },
    custom: { title: 'Our own ritual', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '19:00' },
  },
  team: {
    appreciation: { title: 'Thank-you round', rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '16:00' },
    weekly_checkin: {
      title: 'How is the team doing?',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      time: '10:00',
    },
    team_feedback: {
      title: 'Reciprocal feedback round',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      time: '15:00',
    },
    get_together: { title: 'Team lunch', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', time: '12:30' },
    custom: { title: 'Our own ritual', rrule: 'FREQ=WEEKLY;BYDAY=MO', time: '09:30' },
  },
};

/** The ritual kinds a circle of this kind is offered, in the order offered. */
export const ritualKindsFor = (kind: CircleKind): readonly RitualKind[] =>
  Object.keys(RITUALS_BY_KIND[kind]) as RitualKind[];

/** True when a circle of this kind may start a ritual of this kind. */
export const ritualFits = (kind: CircleKind, ritual: RitualKind): boolean =>
  RITUALS_BY_KIND[kind][ritual] !== undefined;

/** Names and schedules that suit any circle, for a ritual not offered to the circle's kind. */
const ANY_CIRCLE: Readonly<Record<RitualKind, RitualSuggestion>> = {
  nightly_checkin: { title: 'Ten-minute check-in at night', rrule: 'FREQ=DAILY', time: '21:30' },
  appreciation: { title: 'Two-minute appreciation', rrule: 'FREQ=DAILY', time: '19:00' },
  weekly_checkin: { title: 'How are we doing?', rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '18:00' },
  monthly_family_checkin: {
    title: 'Monthly family check-in',
    rrule: 'FREQ=MONTHLY;BYDAY=1SU',
    time: '17:00',
  },
  team_feedback: {
    title: 'Reciprocal feedback round',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    time: '15:00',
  },
  get_together: {
    title: 'A regular get-together',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
    time: '19:00',
  },
  custom: { title: 'Our own ritual', rrule: 'FREQ=WEEKLY', time: '19:00' },
};

/**
 * The ritual as a circle of this kind is offered it; a ritual not offered to the kind (one
 * started before kinds had their own rituals) gets words that suit any circle.
 */
export const ritualSuggestion = (ritual: RitualKind, kind: CircleKind): RitualSuggestion =>
  RITUALS_BY_KIND[kind][ritual] ?? ANY_CIRCLE[ritual];
