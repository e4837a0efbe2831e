/**
 * A chat's rhythm: how its people share talking, opening conversations, asking, thanking and
 * repairing, and how soon replies come, said as patterns that name nobody. This is all a circle
 * is shown of a chat (docs/voice.md: rhythm, never a ledger); one person's own figures stay on
 * the device of the person who read the chat.
 *
 * Thresholds:
 * - a count is `thin` below RHYTHM_MIN_EVENTS in all (and `none` at zero), and with fewer than
 *   two people every count is `thin`: there is no "side" to speak of;
 * - it comes from `one_side` when one person has ONE_SIDE_FROM or more of it, else `shared`;
 * - the reply pace is the band of the slowest person's median reply time, so at least half of
 *   every person's replies (and so at least half of all replies) came within the band;
 * - replies are `uneven` when the slowest median is UNEVEN_REPLY_RATIO times the quickest or
 *   more, and at least UNEVEN_REPLY_GAP_SECONDS longer.
 */
import type { ChatReport, ParticipantReport, WeekReport } from './report.ts';

/** How one kind of message is spread over the people of a chat. */
export const SPREADS = ['none', 'thin', 'shared', 'one_side'] as const;
export type Spread = (typeof SPREADS)[number];

/** How soon replies usually come. */
export const REPLY_PACES = ['minutes', 'hour', 'day', 'longer', 'unknown'] as const;
export type ReplyPace = (typeof REPLY_PACES)[number];

/** Whether replies come about as soon from everyone. */
export const REPLY_BALANCES = ['even', 'uneven', 'unknown'] as const;
export type ReplyBalance = (typeof REPLY_BALANCES)[number];

export const RHYTHM_MIN_EVENTS = 3;
export const ONE_SIDE_FROM = 0.7;
export const UNEVEN_REPLY_RATIO = 4;
export const UNEVEN_REPLY_GAP_SECONDS = 15 * 60;
/** The last weeks of a chat that "lately" looks at. */
export const LATELY_WEEKS = 4;

const MINUTES_UP_TO = 15 * 60;
const HOUR_UP_TO = 3600;
const DAY_UP_TO = 86_400;
const DAY_MS = 86_400_000;

export interface LatelyRhythm {
  /** How many calendar weeks, ending with the chat's last, were looked at. */
  readonly weeks: number;
  readonly talk: Spread;
  readonly starts: Spread;
}

export interface ChatRhythm {
  /** Messages. */
  readonly talk: Spread;
  /** Conversations opened after a silence. */
  readonly starts: Spread;
  readonly questions: Spread;
  readonly thanks: Spread;
  /** Words of repair, such as "sorry". */
  readonly repair: Spread;
  readonly replyPace: ReplyPace;
  readonly replyBalance: ReplyBalance;
  /** The same patterns over the chat's last weeks; null when the chat is no longer than that. */
  readonly lately: LatelyRhythm | null;
}

/** How `counts` (one per person) are spread: see the thresholds above. */
export function spreadOf(counts: readonly number[]): Spread {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'none';
  if (counts.length < 2 || total < RHYTHM_MIN_EVENTS) return 'thin';
  return Math.max(...counts) >= ONE_SIDE_FROM * total ? 'one_side' : 'shared';
}

/** The band of the slowest median reply time; `unknown` when nobody replied. */
export function replyPaceOf(medians: readonly (number | null)[]): ReplyPace {
  const known = medians.filter((m): m is number => m !== null);
  if (known.length === 0) return 'unknown';
  const slowest = Math.max(...known);
  if (slowest <= MINUTES_UP_TO) return 'minutes';
  if (slowest <= HOUR_UP_TO) return 'hour';
  if (slowest <= DAY_UP_TO) return 'day';
  return 'longer';
}

/** Whether the median reply times are close; `unknown` with fewer than two people replying. */
export function replyBalanceOf(medians: readonly (number | null)[]): ReplyBalance {
  const known = medians.filter((m): m is number => m !== null);
  if (known.length < 2) return 'unknown';
  const slowest = Math.max(...known);
  const quickest = Math.min(...known);
  const uneven =
    slowest - quickest >= UNEVEN_REPLY_GAP_SECONDS && slowest >= UNEVEN_REPLY_RATIO * quickest;
  return uneven ? 'uneven' : 'even';
}

/** The rhythm of a chat from each person's counts; `weeks` adds what happened lately. */
export function rhythmOf(
  people: readonly ParticipantReport[],
  weeks: readonly WeekReport[] = [],
): ChatRhythm {
  const spread = (pick: (p: ParticipantReport) => number) => spreadOf(people.map(pick));
  const medians = people.map((p) => p.medianReplySeconds);
  return {
    talk: spread((p) => p.messages),
    starts: spread((p) => p.conversationStarts),
    questions: spread((p) => p.questions),
    thanks: spread((p) => p.appreciations),
    repair: spread((p) => p.apologies),
    replyPace: replyPaceOf(medians),
    replyBalance: replyBalanceOf(medians),
    lately: latelyOf(people.length, weeks),
  };
}

/** The rhythm of an analysed chat. */
export const chatRhythm = (report: ChatReport): ChatRhythm =>
  rhythmOf(report.participants, report.weeks);

/**
 * Talk and conversation starts over the last LATELY_WEEKS calendar weeks of the chat; null when
 * the whole chat fits in them (then "lately" would only repeat the whole).
 */
function latelyOf(peopleCount: number, weeks: readonly WeekReport[]): LatelyRhythm | null {
  const last = weeks.at(-1);
  const first = weeks[0];
  if (!last || !first) return null;
  const from = Date.parse(`${last.start}T00:00:00Z`) - (LATELY_WEEKS - 1) * 7 * DAY_MS;
  if (Date.parse(`${first.start}T00:00:00Z`) >= from) return null;
  const talk = new Map<string, number>();
  const starts = new Map<string, number>();
  for (const week of weeks) {
    if (Date.parse(`${week.start}T00:00:00Z`) < from) continue;
    for (const [name, tally] of Object.entries(week.participants)) {
      talk.set(name, (talk.get(name) ?? 0) + tally.messages);
      starts.set(name, (starts.get(name) ?? 0) + tally.conversationStarts);
    }
  }
  // People who wrote nothing lately still count as a side: pad with zeros.
  const padded = (counts: Map<string, number>) => {
    const values = [...counts.values()];
    while (values.length < peopleCount) values.push(0);
    return values;
  };
  return { weeks: LATELY_WEEKS, talk: spreadOf(padded(talk)), starts: spreadOf(padded(starts)) };
}
