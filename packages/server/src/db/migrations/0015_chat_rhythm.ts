import type { Kysely } from 'kysely';

/**
 * Chat summaries keep a chat's rhythm, not a table of its people. Summaries saved before held
 * each author's name and counts, which the whole circle was shown side by side; each is rewritten
 * here into the new shape (messages, how many people, and patterns that name nobody), and the
 * names and per-person numbers are dropped.
 *
 * The rules below are a frozen copy of `@recipro/chat`'s `rhythmOf` as it was when this migration
 * was written: a migration never changes once released, even if those rules later do. The old
 * summaries kept no weeks, so they have no "lately".
 */

interface OldPerson {
  messages: number;
  questions: number;
  conversationStarts: number;
  medianReplySeconds: number | null;
  apologies: number;
  appreciations: number;
}

interface OldSummary {
  format: string;
  messages: number;
  first: string | null;
  last: string | null;
  participants: OldPerson[];
}

const MIN_EVENTS = 3;
const ONE_SIDE_FROM = 0.7;

function spread(counts: readonly number[]): string {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'none';
  if (counts.length < 2 || total < MIN_EVENTS) return 'thin';
  return Math.max(...counts) >= ONE_SIDE_FROM * total ? 'one_side' : 'shared';
}

function replyPace(medians: readonly number[]): string {
  if (medians.length === 0) return 'unknown';
  const slowest = Math.max(...medians);
  if (slowest <= 900) return 'minutes';
  if (slowest <= 3600) return 'hour';
  if (slowest <= 86_400) return 'day';
  return 'longer';
}

function replyBalance(medians: readonly number[]): string {
  if (medians.length < 2) return 'unknown';
  const slowest = Math.max(...medians);
  const quickest = Math.min(...medians);
  return slowest - quickest >= 900 && slowest >= 4 * quickest ? 'uneven' : 'even';
}

/** The new shape of an old summary; exported for the migration's own test. */
export function rhythmSummary(old: OldSummary) {
  const people = old.participants;
  const medians = people.map((p) => p.medianReplySeconds).filter((m): m is number => m !== null);
  return {
    format: old.format,
    messages: old.messages,
    people: people.length,
    first: old.first,
    last: old.last,
    rhythm: {
      talk: spread(people.map((p) => p.messages)),
      starts: spread(people.map((p) => p.conversationStarts)),
      questions: spread(people.map((p) => p.questions)),
      thanks: spread(people.map((p) => p.appreciations)),
      repair: spread(people.map((p) => p.apologies)),
      replyPace: replyPace(medians),
      replyBalance: replyBalance(medians),
      lately: null,
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const rows = (await db.selectFrom('chat_summaries').select(['id', 'summary']).execute()) as {
    id: string;
    summary: string;
  }[];
  for (const row of rows) {
    const old = JSON.parse(row.summary) as Partial<OldSummary>;
    if (!Array.isArray(old.participants)) continue;
    await db
      .updateTable('chat_summaries')
      .set({ summary: JSON.stringify(rhythmSummary(old as OldSummary)) })
      .where('id', '=', row.id)
      .execute();
  }
}
