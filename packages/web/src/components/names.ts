import type { CircleDetail } from '../api.ts';
import { t } from '../i18n/index.ts';

/**
 * The name to show for a member of `circle`. Acts, needs and repairs outlive membership, so an
 * id that is not among the current members is someone who left (or whose account is gone):
 * they are shown as "a former member", never by a name and never as a blank.
 */
export function memberNamer(circle: CircleDetail): (memberId: string) => string {
  const names = new Map(circle.members.map((member) => [member.id, member.name]));
  return (memberId) => names.get(memberId) ?? t('member.former');
}

/** Whether `memberId` is one of the circle's current members. */
export const isCurrentMember = (circle: CircleDetail, memberId: string): boolean =>
  circle.members.some((member) => member.id === memberId);

/**
 * A sentence, or a label standing alone, that may open with a name: when it opens with "a
 * former member", that phrase is capitalised. People's own names are left exactly as written.
 */
export function openingName(text: string): string {
  const former = t('member.former');
  return text.startsWith(former) ? t('member.former.opening') + text.slice(former.length) : text;
}

/**
 * The members other than me, in the order the server lists them: the people a picker offers.
 * Former members are never among them.
 */
export const otherMembers = (circle: CircleDetail) =>
  circle.members.filter((member) => member.id !== circle.myMemberId);
