import { checkinPeriodEnd, closableFrom, decideClose } from '@recipro/core';
import { toIso } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { CheckinRecord } from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';

/** Who opened a check-in or values conversation, and from when its opener may close it early. */
export interface ClosingView {
  readonly openedBy: string;
  readonly openedByMe: boolean;
  /** Before this instant it waits for everyone's answers; after it, its opener may close it. */
  readonly closableFrom: string;
}

export const closingView = (scope: MemberScope, record: CheckinRecord): ClosingView => ({
  openedBy: record.openedByMemberId,
  openedByMe: record.openedByMemberId === scope.memberId,
  closableFrom: toIso(closableFrom(Date.parse(record.createdAt), periodEnd(record))),
});

/** Refuses, in the API's words, a close the rule does not allow (see core's `decideClose`). */
export function assertMayClose(
  scope: MemberScope,
  record: CheckinRecord,
  now: number,
  what: string,
): void {
  const decision = decideClose({
    byOpener: record.openedByMemberId === scope.memberId,
    openedAt: Date.parse(record.createdAt),
    periodEndsAt: periodEnd(record),
    memberCount: record.memberCount,
    answeredCount: record.answeredCount,
    now,
  });
  if (decision.ok) return;
  if (decision.reason === 'not_opener')
    throw new AppError('forbidden', `Only the member who opened this ${what} may close it.`);
  const { closableFrom: from } = closingView(scope, record);
  throw new AppError('conflict', `This ${what} waits for everyone's answers until ${from}.`, {
    details: { closableFrom: from },
  });
}

const periodEnd = (record: CheckinRecord): number | null =>
  record.period === null ? null : checkinPeriodEnd(record.period);
