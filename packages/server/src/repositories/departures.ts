import { nextKeeper } from '@recipro/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberScope } from './membership.ts';
import { deleteReportsOf } from './reports.ts';

type Tx = Transaction<Database>;

/** What became of a circle when a member left it. */
export type DepartureOutcome = 'left' | 'circle_deleted';

/**
 * A member leaving a circle, and an account being deleted. The rule (README, "Leaving and
 * deleting"): every word the departing person wrote is deleted; the acts they gave or received
 * stay in the others' history, from or to "a former member", without their notes; a circle whose
 * last member leaves is deleted with everything in it. Acts and acknowledgements stay exactly as
 * they were, so the stored aggregates stay equal to a computation over what remains.
 */
export class DeparturesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The scope's member leaves the circle, in one transaction. */
  async leave(scope: MemberScope, atIso: string): Promise<DepartureOutcome> {
    return this.db.transaction().execute((tx) => leaveIn(tx, scope, atIso));
  }

  /** The password hash of an account, to confirm its deletion. */
  async passwordHash(userId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.password_hash;
  }

  /**
   * Deletes an account: the user leaves every circle they are in (by the rule above), then the
   * account and everything that hangs on it (sessions, settings, push subscriptions, reminders,
   * care languages) go, in one transaction.
   */
  async deleteAccount(userId: string, atIso: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const memberships = await tx
        .selectFrom('members')
        .select(['id', 'circle_id'])
        .where('user_id', '=', userId)
        .execute();
      for (const m of memberships) {
        await leaveIn(tx, { circleId: m.circle_id, memberId: m.id, userId } as MemberScope, atIso);
      }
      // Rows keyed by the user go with the account (their foreign keys cascade as well; deleting
      // them here does not depend on a database enforcing foreign keys).
      await tx.deleteFrom('join_requests').where('user_id', '=', userId).execute();
      await tx.deleteFrom('updates').where('user_id', '=', userId).execute();
      await tx.deleteFrom('reminders').where('user_id', '=', userId).execute();
      await tx.deleteFrom('push_subscriptions').where('user_id', '=', userId).execute();
      await tx.deleteFrom('notification_settings').where('user_id', '=', userId).execute();
      await tx.deleteFrom('update_choices').where('user_id', '=', userId).execute();
      await tx.deleteFrom('user_care_languages').where('user_id', '=', userId).execute();
      await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await tx.deleteFrom('users').where('id', '=', userId).execute();
    });
  }
}

/**
 * Rows that are a departing member's own words or about them alone, deleted when they leave:
 * each table with the column that names them.
 */
const THEIR_ROWS = [
  ['reflections', 'author_member_id'],
  ['needs', 'author_member_id'],
  ['checkin_answers', 'member_id'],
  ['repair_guide_answers', 'member_id'],
  ['question_answers', 'member_id'],
  ['chat_summaries', 'member_id'],
  // Seasons about them (which excuse them from giving) and their view of the load.
  ['seasons', 'member_id'],
  ['load_views', 'member_id'],
] as const satisfies readonly (readonly [keyof Database, string])[];

/** Notes they wrote on rows that stay for the others (acts, ruptures, seasons they declared). */
const THEIR_NOTES = [
  ['acts', 'from_member_id'],
  ['ruptures', 'logged_by_member_id'],
  ['seasons', 'created_by_member_id'],
] as const satisfies readonly (readonly [keyof Database, string])[];

async function leaveIn(tx: Tx, scope: MemberScope, atIso: string): Promise<DepartureOutcome> {
  const { circleId, memberId, userId } = scope;
  const others = await tx
    .selectFrom('members')
    .select('id')
    .where('circle_id', '=', circleId)
    .where('left_at', 'is', null)
    .where('id', '!=', memberId)
    .execute();
  if (others.length === 0) {
    // The last member: the circle goes with everything in it (every table cascades from it).
    await tx.deleteFrom('circles').where('id', '=', circleId).execute();
    return 'circle_deleted';
  }
  // Every word they wrote, and what is about them alone: thanks on their needs first.
  await tx
    .deleteFrom('need_thanks')
    .where('circle_id', '=', circleId)
    .where(({ eb, selectFrom }) =>
      eb(
        'need_id',
        'in',
        selectFrom('needs')
          .select('id')
          .where('circle_id', '=', circleId)
          .where('author_member_id', '=', memberId),
      ),
    )
    .execute();
  for (const [table, column] of THEIR_ROWS) {
    await sql`delete from ${sql.table(table)}
      where circle_id = ${circleId} and ${sql.ref(column)} = ${memberId}`.execute(tx);
  }
  // Every report about them, with its words, agreements, links and openings.
  await deleteReportsOf(tx, circleId, memberId);
  for (const [table, column] of THEIR_NOTES) {
    await sql`update ${sql.table(table)} set note = null
      where circle_id = ${circleId} and ${sql.ref(column)} = ${memberId}`.execute(tx);
  }

  // What they held or were asked to hold is open again; nothing waits on them.
  for (const stage of [
    'notice_member_id',
    'plan_member_id',
    'do_member_id',
    'follow_up_member_id',
  ] as const) {
    await tx
      .updateTable('responsibilities')
      .set({ [stage]: null })
      .where('circle_id', '=', circleId)
      .where(stage, '=', memberId)
      .execute();
  }
  await tx
    .deleteFrom('handovers')
    .where('circle_id', '=', circleId)
    .where('status', '=', 'proposed')
    .where((eb) =>
      eb.or([
        eb('from_member_id', '=', memberId),
        eb('to_member_id', '=', memberId),
        eb('proposed_by_member_id', '=', memberId),
      ]),
    )
    .execute();
  const rituals = await tx
    .selectFrom('rituals')
    .select(['id', 'member_ids'])
    .where('circle_id', '=', circleId)
    .execute();
  for (const ritual of rituals) {
    const ids = JSON.parse(ritual.member_ids) as string[];
    if (!ids.includes(memberId)) continue;
    await tx
      .updateTable('rituals')
      .set({ member_ids: JSON.stringify(ids.filter((id) => id !== memberId)) })
      .where('id', '=', ritual.id)
      .execute();
  }
  await tx
    .deleteFrom('reminders')
    .where('circle_id', '=', circleId)
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
  // What they were told about this circle is theirs alone.
  await tx
    .deleteFrom('updates')
    .where('circle_id', '=', circleId)
    .where('user_id', '=', userId)
    .execute();
  await tx
    .deleteFrom('invitations')
    .where('circle_id', '=', circleId)
    .where('invited_by_member_id', '=', memberId)
    .where('accepted_at', 'is', null)
    .execute();

  await tx
    .updateTable('members')
    .set({ user_id: null, name: '', left_at: atIso })
    .where('circle_id', '=', circleId)
    .where('id', '=', memberId)
    .execute();
  // The keeper role passes on to the longest-standing member who stays.
  const circle = await tx
    .selectFrom('circles')
    .select('keeper_member_id')
    .where('id', '=', circleId)
    .executeTakeFirstOrThrow();
  const staying = await tx
    .selectFrom('members')
    .select('id')
    .where('circle_id', '=', circleId)
    .where('left_at', 'is', null)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
  const keeper = nextKeeper(
    circle.keeper_member_id,
    memberId,
    staying.map((m) => m.id),
  );
  if (keeper !== circle.keeper_member_id) {
    await tx
      .updateTable('circles')
      .set({ keeper_member_id: keeper })
      .where('id', '=', circleId)
      .execute();
  }
  return 'left';
}
