/**
 * The tables as Kysely sees them. Times are ISO-8601 UTC text (`toISOString()`), which sorts
 * correctly as text and reads the same on SQLite and PostgreSQL. Ids are UUID text made by the
 * server. Every row that belongs to a circle carries `circle_id` (so PostgreSQL can shard by it).
 */
import type { Generated } from 'kysely';
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  circles: CirclesTable;
  members: MembersTable;
  invitations: InvitationsTable;
  acts: ActsTable;
  acknowledgements: AcknowledgementsTable;
  checkins: CheckinsTable;
  checkin_answers: CheckinAnswersTable;
  reflections: ReflectionsTable;
  needs: NeedsTable;
  need_thanks: NeedThanksTable;
  ruptures: RupturesTable;
  rupture_repairs: RuptureRepairsTable;
  repair_guide_answers: RepairGuideAnswersTable;
  seasons: SeasonsTable;
  user_care_languages: UserCareLanguagesTable;
  act_day_totals: ActDayTotalsTable;
  act_decay_sums: ActDecaySumsTable;
  responsibilities: ResponsibilitiesTable;
  handovers: HandoversTable;
  load_views: LoadViewsTable;
  rituals: RitualsTable;
  ritual_completions: RitualCompletionsTable;
  notification_settings: NotificationSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  server_keys: ServerKeysTable;
  reminders: RemindersTable;
  chat_summaries: ChatSummariesTable;
  checkin_schedules: CheckinSchedulesTable;
  join_requests: JoinRequestsTable;
  auth_tokens: AuthTokensTable;
  rate_limits: RateLimitsTable;
  updates: UpdatesTable;
  update_choices: UpdateChoicesTable;
  circle_questions: CircleQuestionsTable;
  question_answers: QuestionAnswersTable;
  request_keys: RequestKeysTable;
  reports: ReportsTable;
  report_additions: ReportAdditionsTable;
  report_consents: ReportConsentsTable;
  report_links: ReportLinksTable;
  report_openings: ReportOpeningsTable;
}

export interface UsersTable {
  id: string;
  /** As the person typed it. */
  email: string;
  /** Trimmed and lower-cased: what uniqueness and sign-in compare. */
  email_key: string;
  name: string;
  password_hash: string;
  created_at: string;
  /** 1 once the person followed a link sent to `email`; reminder emails go only then. */
  email_confirmed: number;
  /** A new address waiting for its confirmation link to be followed. */
  pending_email: string | null;
  /** The first-run path: 'open', 'skipped' or 'done' (migration 0019). */
  first_run: Generated<string>;
  /** The language the person chose (one of core's LOCALES), or null: not chosen yet (migration 0023). */
  locale: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token, hex. The token itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** The id the person sees in their list of sessions (never the token hash). */
  public_id: string;
  /** Updated at most every few minutes, not on every request. */
  last_seen_at: string;
  user_agent: string | null;
}

export interface CirclesTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  /** The member who may remove others and hand the role on; null only while a circle is made. */
  keeper_member_id: string | null;
  /** Moved by every write to the circle, in its transaction (migration 0021's triggers). */
  version: Generated<number>;
}

/** Someone who accepted an invitation and waits for a member to let them in. */
export interface JoinRequestsTable {
  /** Becomes their member id when they are let in. */
  id: string;
  circle_id: string;
  user_id: string;
  name: string;
  invitation_id: string | null;
  requested_at: string;
}

export interface MembersTable {
  id: string;
  circle_id: string;
  /** The member's account; null once they have left (their row stays for the acts' sake). */
  user_id: string | null;
  /** Empty once they have left. */
  name: string;
  joined_at: string;
  /** When they left the circle or deleted their account; null while they are a member. */
  left_at: string | null;
}

export interface InvitationsTable {
  id: string;
  circle_id: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  invited_by_member_id: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by_member_id: string | null;
}

export interface ActsTable {
  id: string;
  circle_id: string;
  from_member_id: string;
  to_member_id: string;
  form: string;
  effort: number;
  note: string | null;
  at: string;
  created_at: string;
  /** When the receiver said "I don't recognise this"; null otherwise (see 0013). */
  questioned_at: string | null;
  /** The giver's `Idempotency-Key` when logging it, unique per giver (see 0020). */
  request_key: string | null;
}

export interface AcknowledgementsTable {
  act_id: string;
  circle_id: string;
  member_id: string;
  created_at: string;
}

export interface CheckinsTable {
  id: string;
  circle_id: string;
  instrument: string;
  instrument_version: number;
  opened_by_member_id: string;
  created_at: string;
  closed_at: string | null;
  /** For a check-in opened on a schedule, its period (2026-W48, 2026-11); null otherwise. */
  period: string | null;
}

export interface CheckinAnswersTable {
  checkin_id: string;
  circle_id: string;
  member_id: string;
  /** JSON array of the 0-based positions chosen, in item order. */
  positions: string;
  /** JSON array of the scored values, in item order. */
  scores: string;
  total: number | null;
  /** A free-text note; only its author ever reads it. */
  note: string | null;
  /** For values conversations: JSON array of the answer texts, in question order. */
  texts: string | null;
  created_at: string;
}

export interface ReflectionsTable {
  id: string;
  circle_id: string;
  author_member_id: string;
  prompt_id: string | null;
  text: string;
  created_at: string;
}

export interface NeedsTable {
  id: string;
  circle_id: string;
  author_member_id: string;
  starter_id: string | null;
  text: string;
  /** 1 when shared with the circle, 0 while private to its author. */
  shared: number;
  created_at: string;
}

export interface NeedThanksTable {
  need_id: string;
  circle_id: string;
  member_id: string;
  created_at: string;
}

export interface RupturesTable {
  id: string;
  circle_id: string;
  logged_by_member_id: string;
  note: string | null;
  /** 1 when only the member who logged it may read the note. */
  note_private: number;
  occurred_at: string;
  created_at: string;
  repair_started_by_member_id: string | null;
  repair_started_at: string | null;
  repaired_at: string | null;
}

export interface SeasonsTable {
  id: string;
  circle_id: string;
  member_id: string;
  kind: string;
  starts_at: string;
  ends_at: string | null;
  note: string | null;
  created_by_member_id: string;
  created_at: string;
  /** `active`, or `suggested` by another member until the member it is about accepts it. */
  status: string;
}

export interface RuptureRepairsTable {
  rupture_id: string;
  circle_id: string;
  member_id: string;
  repaired_at: string;
}

/** One member's answers to the guided repair of a rupture (migration 0016). */
export interface RepairGuideAnswersTable {
  rupture_id: string;
  circle_id: string;
  member_id: string;
  /** `ready` or `not_yet`. */
  pause: string;
  /** When they said "not yet", kept while they still say it; null otherwise. */
  not_yet_at: string | null;
  saw: string;
  my_part: string;
  needed: string;
  would_help: string;
  agreement: string;
  /** JSON array of the members whose proposed agreement they are in on (after the reveal). */
  agreed_to: string;
  updated_at: string;
  finished_at: string | null;
}

export interface UserCareLanguagesTable {
  user_id: string;
  /** JSON array of care-language ids, most valued first. */
  ranked: string;
  updated_at: string;
}

/** Exact integer totals per pair, UTC day and form (core's FormTotals). */
export interface ActDayTotalsTable {
  circle_id: string;
  from_member_id: string;
  to_member_id: string;
  day: number;
  form: string;
  acts: number;
  effort: number;
  noticed: number;
}

/** Decayed sums per pair, block and form, at the block's reference time (core's DecaySums). */
export interface ActDecaySumsTable {
  circle_id: string;
  from_member_id: string;
  to_member_id: string;
  block: number;
  form: string;
  count: number;
  noticed_count: number;
  acts: number;
  effort: number;
  noticed: number;
}

export interface ResponsibilitiesTable {
  id: string;
  circle_id: string;
  title: string;
  area: string;
  frequency: string;
  effort: number;
  /** The built-in catalogue item it started from, if any. */
  catalogue_id: string | null;
  notice_member_id: string | null;
  plan_member_id: string | null;
  do_member_id: string | null;
  follow_up_member_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface HandoversTable {
  id: string;
  circle_id: string;
  responsibility_id: string;
  stage: string;
  from_member_id: string;
  to_member_id: string;
  proposed_by_member_id: string;
  /** proposed | accepted | declined */
  status: string;
  created_at: string;
  decided_at: string | null;
}

/** A member's own view of the load: what they think they carry, and what they prefer or cannot take on. */
export interface LoadViewsTable {
  circle_id: string;
  member_id: string;
  /** 0–100, or null when not said. */
  perceived_share: number | null;
  /** JSON array of areas. */
  prefers: string;
  /** JSON array of areas. */
  cannot: string;
  updated_at: string;
}

export interface RitualsTable {
  id: string;
  circle_id: string;
  kind: string;
  title: string;
  /** iCalendar RRULE (without DTSTART), e.g. FREQ=WEEKLY;BYDAY=SU. */
  rrule: string;
  /** Local wall time "HH:MM" in `timezone`. */
  time: string;
  timezone: string;
  /** JSON array of member ids taking part. */
  member_ids: string;
  /** First local date (YYYY-MM-DD) the schedule counts from. */
  starts_on: string;
  created_by_member_id: string;
  created_at: string;
}

export interface RitualCompletionsTable {
  id: string;
  circle_id: string;
  ritual_id: string;
  member_id: string;
  at: string;
}

export interface NotificationSettingsTable {
  user_id: string;
  email: number;
  push: number;
  quiet_from: string | null;
  quiet_to: string | null;
  timezone: string;
  unsubscribe_token: string;
  /** Secret of the member's calendar feed; null when revoked and not yet renewed. */
  calendar_token: string | null;
  updated_at: string;
}

export interface PushSubscriptionsTable {
  endpoint: string;
  user_id: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: string;
}

/** The reminder outbox. `occurrence_key` makes planning idempotent across processes. */
export interface RemindersTable {
  id: string;
  user_id: string;
  circle_id: string | null;
  ritual_id: string | null;
  /** email | push */
  channel: string;
  occurrence_key: string;
  title: string;
  body: string;
  due_at: string;
  /** pending | sent | failed */
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
  /** The update this row tells of (null for ritual and test reminders). */
  update_id: string | null;
  /** That update's kind: the daily limit and bundling of pushes read it. */
  update_kind: string | null;
  /** The push that carried this row; bundled rows share one. */
  batch_id: string | null;
  /** Where a tap or the email's link leads, within the app (null: the circle's home). */
  url: string | null;
}

export interface ChatSummariesTable {
  id: string;
  circle_id: string;
  /** The member who analysed the chat and saved its numbers. */
  member_id: string;
  /** JSON of the summary numbers (see the chat-summary schema). */
  summary: string;
  created_at: string;
}

export interface CheckinSchedulesTable {
  circle_id: string;
  instrument: string;
  /** weekly | monthly */
  cadence: string;
  set_by_member_id: string;
  updated_at: string;
}

/** Single-use tokens sent by email (or printed by the CLI). Only the token's hash is kept. */
export interface AuthTokensTable {
  /** SHA-256 of the token, hex. */
  token_hash: string;
  user_id: string;
  /** password_reset | email_confirmation */
  purpose: string;
  /** The address the token was sent to (for a confirmation: the address it confirms). */
  email: string | null;
  created_at: string;
  expires_at: string;
}

/** Attempts counted per key (e.g. sign-in per address and email) in a window from its first attempt. */
export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface UpdatesTable {
  id: string;
  /** The person told. */
  user_id: string;
  circle_id: string;
  /** One of `UPDATE_KINDS` (core). */
  kind: string;
  /** The member (or request to join) who acted; null when nobody did (a lapse). */
  actor_member_id: string | null;
  /** The id of what the update is about: an act, a season, a ritual… */
  subject_id: string | null;
  /** A word from a closed set where the kind needs one (`accepted`, `declined`); never free text. */
  detail: string | null;
  created_at: string;
  read_at: string | null;
  /** When the scheduler put its sends in the outbox (or found none wanted); null until then. */
  planned_at: string | null;
}

/** A person's choice of channels for one kind of update; a kind without a row has its default. */
export interface UpdateChoicesTable {
  user_id: string;
  /** One of `UPDATE_KINDS` (core). */
  kind: string;
  push: number;
  email: number;
  updated_at: string;
}

/** The question a circle was asked on one of its days (see migration 0018). */
export interface CircleQuestionsTable {
  circle_id: string;
  /** The circle's calendar day, YYYY-MM-DD, in its time zone. */
  day: string;
  /** A question of core's bank. */
  question_id: string;
  /** Which walk through the circle's shuffled bank it belongs to (0, 1, …). */
  pass: number;
  /** When the day's first question was put to the circle: who was a member then is asked. */
  asked_at: string;
  /** The question "another question" set aside, with its pass; null when none was. */
  set_aside_question_id: string | null;
  set_aside_pass: number | null;
  swapped_by_member_id: string | null;
  swapped_at: string | null;
}

/** A member's one answer to their circle's question of a day. */
export interface QuestionAnswersTable {
  circle_id: string;
  day: string;
  member_id: string;
  /** The question answered (the day's question when the answer was written). */
  question_id: string;
  /** Exactly as written. */
  text: string;
  created_at: string;
}

/** A write's `Idempotency-Key` and, once known, its answer (see migration 0022). */
export interface RequestKeysTable {
  user_id: string;
  /** As the client sent it. */
  key: string;
  /** SHA-256 (hex) of the method, path and body of the request that claimed the key. */
  fingerprint: string;
  created_at: string;
  /** The answer's status, or null while the write runs. */
  status: number | null;
  /** The answer's JSON body, exactly as sent; null for none. */
  body: string | null;
}

/** A report for a counsellor, its contents frozen when prepared (migration 0024). */
export interface ReportsTable {
  id: string;
  circle_id: string;
  prepared_by_member_id: string;
  period_from: string;
  period_to: string;
  /** JSON array of the ids of the members the report is about. */
  member_ids: string;
  /** JSON of core's ReportContents. */
  contents: string;
  created_at: string;
  /** Where the members agreed the PDF may be emailed, or null. */
  email_to: string | null;
  emailed_at: string | null;
}

/** A member's words for the reader of a report, exactly as written. */
export interface ReportAdditionsTable {
  report_id: string;
  circle_id: string;
  member_id: string;
  text: string;
  written_at: string;
}

/** A member's agreement to share a report as it is. */
export interface ReportConsentsTable {
  report_id: string;
  circle_id: string;
  member_id: string;
  consented_at: string;
}

/** A read-only link to a report; only the SHA-256 of its token is kept. */
export interface ReportLinksTable {
  id: string;
  report_id: string;
  circle_id: string;
  token_hash: string;
  created_by_member_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** One opening of a report's link. */
export interface ReportOpeningsTable {
  id: string;
  link_id: string;
  report_id: string;
  circle_id: string;
  opened_at: string;
  format: string;
}
