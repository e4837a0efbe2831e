import type { CircleKind } from './vocabulary.ts';

/**
 * Who may be in a circle, and who may remove whom. A couple is two people: a third invitation
 * or acceptance is refused, and nobody removes the other (each can leave). In a family, friends
 * or team circle the keeper may remove a member.
 */
export const maxMembers = (kind: CircleKind): number | null => (kind === 'couple' ? 2 : null);

/** Whether the keeper of a circle of this kind may remove another member. */
export const keeperMayRemove = (kind: CircleKind): boolean => kind !== 'couple';

/**
 * The keeper after `leaving` leaves: the same keeper if someone else left, otherwise the
 * longest-standing member of those who stay (members in joining order), or null if none stay.
 */
export function nextKeeper(
  keeper: string | null,
  leaving: string,
  membersInJoiningOrder: readonly string[],
): string | null {
  const staying = membersInJoiningOrder.filter((id) => id !== leaving);
  if (keeper !== null && keeper !== leaving && staying.includes(keeper)) return keeper;
  return staying[0] ?? null;
}
