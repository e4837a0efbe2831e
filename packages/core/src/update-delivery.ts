/**
 * When updates between members travel by web push, and how a busy day becomes few pushes.
 * Pure: the caller passes the time, the person's quiet hours and time zone, and what waits.
 *
 * The rule, per person:
 * - "let's reset" goes at once, one push each; the daily limit neither counts nor holds it.
 * - Every other update waits a short while (`GATHER_MS`), so that a burst gathers; what is due
 *   together goes as one push: one update as itself, several as one bundle saying how many
 *   wait and where.
 * - At most `DAILY_UPDATE_PUSHES` such pushes in one of the person's days (midnight to midnight
 *   in their time zone). Once they are used, later updates are held and go together, as one
 *   bundle, the next morning (`MORNING`, or when quiet hours end if that is later).
 * - Quiet hours hold everything, "let's reset" too, until they end.
 */
import { afterQuietHours, inQuietHours, type QuietHours } from './rituals/quiet-hours.ts';
import { localParts, wallTimeToInstant, type WallTime } from './rituals/zoned-time.ts';
import type { UpdateKind } from './updates.ts';

/** Pushes about updates a person gets in one of their days, "let's reset" aside. */
export const DAILY_UPDATE_PUSHES = 3;

/** The kind that always goes at once (quiet hours aside), never counted, held or bundled. */
export const AT_ONCE_KIND: UpdateKind = 'reset_requested';

/** How long other updates wait before their push, so that a burst arrives as one. */
export const GATHER_MS = 2 * 60_000;

/** When updates held back by the daily limit go, the next day (unless quiet hours last longer). */
export const MORNING: WallTime = '08:00';

export type DeliveryChannel = 'push' | 'email';

/** A push about one update, waiting to be sent to its person. */
export interface PendingPush {
  readonly id: string;
  readonly kind: UpdateKind;
  readonly circleId: string;
}

/** How many of a bundle's updates are in one circle. */
export interface BundledCircle {
  readonly circleId: string;
  readonly count: number;
}

export type PushSend =
  | { readonly type: 'single'; readonly item: PendingPush }
  | {
      readonly type: 'bundle';
      readonly items: readonly PendingPush[];
      /** Each circle once, in the order its first update came. */
      readonly circles: readonly BundledCircle[];
    };

export interface PushPlan {
  /** What to send now, in order. */
  readonly sends: readonly PushSend[];
  /** What waits for the next day, the daily limit being used. */
  readonly held: readonly PendingPush[];
}

/**
 * What to send of a person's pending pushes (oldest first), given how many update pushes they
 * have had today. "Let's reset" goes one by one; the rest is one push (a single update, or a
 * bundle of several) while the day has pushes left, and is held otherwise.
 */
export function planUpdatePushes(
  pending: readonly PendingPush[],
  sentToday: number,
  perDay: number = DAILY_UPDATE_PUSHES,
): PushPlan {
  const atOnce = pending.filter((p) => p.kind === AT_ONCE_KIND);
  const rest = pending.filter((p) => p.kind !== AT_ONCE_KIND);
  const sends: PushSend[] = atOnce.map((item) => ({ type: 'single', item }));
  if (rest.length === 0) return { sends, held: [] };
  if (sentToday >= perDay) return { sends, held: rest };
  const [first] = rest;
  if (rest.length === 1 && first) sends.push({ type: 'single', item: first });
  else sends.push({ type: 'bundle', items: rest, circles: byCircle(rest) });
  return { sends, held: [] };
}

function byCircle(items: readonly PendingPush[]): BundledCircle[] {
  const counts = new Map<string, number>();
  for (const { circleId } of items) counts.set(circleId, (counts.get(circleId) ?? 0) + 1);
  return [...counts].map(([circleId, count]) => ({ circleId, count }));
}

/** A person's quiet hours (or none) and time zone. */
export interface DeliveryClock {
  readonly quietHours: QuietHours | null;
  readonly timezone: string;
}

/** The instant quiet hours end when `at` falls in them; null when a send may go at `at`. */
export function heldByQuietHours(at: number, person: DeliveryClock): number | null {
  const { quietHours, timezone } = person;
  if (!quietHours || !inQuietHours(at, quietHours, timezone)) return null;
  return afterQuietHours(at, quietHours, timezone);
}

/**
 * The first instant an update made at `madeAt` may be sent on a channel: at once for
 * "let's reset" and for email, after `GATHER_MS` for other pushes; never in quiet hours.
 * `notBefore` (when it is being planned) keeps a late plan from landing in quiet hours.
 */
export function firstSendAt(
  kind: UpdateKind,
  channel: DeliveryChannel,
  madeAt: number,
  person: DeliveryClock,
  notBefore: number = madeAt,
): number {
  const wait = channel === 'push' && kind !== AT_ONCE_KIND ? GATHER_MS : 0;
  const at = Math.max(madeAt + wait, notBefore);
  return heldByQuietHours(at, person) ?? at;
}

/** The start (local midnight) of the person's day that holds `at`. */
export function startOfLocalDay(at: number, timezone: string): number {
  const { year, month, day } = localParts(at, timezone);
  return wallTimeToInstant({ year, month, day }, '00:00', timezone);
}

/**
 * When pushes held back by the daily limit go: `MORNING` on the person's next day, or when
 * their quiet hours end if that is later.
 */
export function nextMorning(at: number, person: DeliveryClock): number {
  const today = localParts(at, person.timezone);
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const morning = wallTimeToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    MORNING,
    person.timezone,
  );
  return heldByQuietHours(morning, person) ?? morning;
}
