import type { CircleDetail, PairSummary } from '../api.ts';
import { memberNamer, otherMembers } from '../components/names.ts';

export interface SummaryPerson {
  readonly id: string;
  readonly name: string;
}

/**
 * Whom the summary speaks of with me: every other current member, then each former member
 * who gave me care or received mine in these days, shown as "a former member".
 */
export function summaryPeople(
  circle: CircleDetail,
  pairs: readonly PairSummary[],
): SummaryPerson[] {
  const me = circle.myMemberId;
  const nameOf = memberNamer(circle);
  const current = new Set(circle.members.map((member) => member.id));
  const former = new Set(
    pairs
      .filter((p) => p.acts > 0 && (p.fromMemberId === me || p.toMemberId === me))
      .map((p) => (p.fromMemberId === me ? p.toMemberId : p.fromMemberId))
      .filter((memberId) => !current.has(memberId)),
  );
  return [
    ...otherMembers(circle).map((member) => ({ id: member.id, name: member.name })),
    ...[...former].map((memberId) => ({ id: memberId, name: nameOf(memberId) })),
  ];
}
