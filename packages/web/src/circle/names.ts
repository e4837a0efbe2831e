import type { CircleDetail } from '../api.ts';

/** The name to show for a member of `circle` (an empty string for an unknown id). */
export function memberNamer(circle: CircleDetail): (memberId: string) => string {
  const names = new Map(circle.members.map((member) => [member.id, member.name]));
  return (memberId) => names.get(memberId) ?? '';
}

/** The members other than me, in the order the server lists them. */
export const otherMembers = (circle: CircleDetail) =>
  circle.members.filter((member) => member.id !== circle.myMemberId);
