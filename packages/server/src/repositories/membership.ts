import { sql, type RawBuilder } from 'kysely';

/**
 * Proof that a user is a member of a circle. Only the repository layer makes these (by reading
 * the members table), and every write to a circle's rows takes one, so a route cannot write
 * into a circle its user is not in. Reads are scoped by joining through membership instead.
 */
export interface MemberScope {
  readonly circleId: string;
  readonly memberId: string;
  readonly userId: string;
  /** Brand: not constructible outside the repositories. */
  readonly __scope: unique symbol;
}

/**
 * The day (YYYY-MM-DD, UTC) a member joined, as a subquery: a member who joins later sees what
 * happened between the others only from that day on (their own always). Compared as text with
 * ISO times, which sort after their own day.
 */
export const joinedDaySql = (memberId: string): RawBuilder<string> =>
  sql<string>`(select substr(joined_at, 1, 10) from members where id = ${memberId})`;

export const makeScope = (circleId: string, memberId: string, userId: string): MemberScope =>
  ({ circleId, memberId, userId }) as MemberScope;
