/** The rituals recipro knows, each with a default title (custom ones bring their own). */
export const RITUAL_KINDS = [
  'nightly_checkin',
  'appreciation',
  'weekly_checkin',
  'monthly_family_checkin',
  'team_feedback',
  'custom',
] as const;
export type RitualKind = (typeof RITUAL_KINDS)[number];

export const isRitualKind = (v: unknown): v is RitualKind =>
  typeof v === 'string' && (RITUAL_KINDS as readonly string[]).includes(v);

/** Default titles; also the i18n keys' English text. */
export const RITUAL_TITLES: Readonly<Record<RitualKind, string>> = {
  nightly_checkin: 'Ten-minute check-in at night',
  appreciation: 'Two-minute appreciation',
  weekly_checkin: 'How are we doing?',
  monthly_family_checkin: 'Monthly family check-in',
  team_feedback: 'Reciprocal feedback round',
  custom: 'Our ritual',
};

/** A schedule suggestion per kind, as an iCalendar RRULE and a local time. */
export const RITUAL_DEFAULTS: Readonly<Record<RitualKind, { rrule: string; time: string }>> = {
  nightly_checkin: { rrule: 'FREQ=DAILY', time: '21:30' },
  appreciation: { rrule: 'FREQ=DAILY', time: '19:00' },
  weekly_checkin: { rrule: 'FREQ=WEEKLY;BYDAY=SU', time: '18:00' },
  monthly_family_checkin: { rrule: 'FREQ=MONTHLY;BYDAY=1SU', time: '17:00' },
  team_feedback: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', time: '15:00' },
  custom: { rrule: 'FREQ=WEEKLY', time: '19:00' },
};
