import { checkinPeriodEnd, closableFrom, decideClose, mayClose, type Closer } from '@recipro/core';
import { toIso } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { CheckinRecord } from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';

/**
 * Who opened a check-in or values conversation, whether the reader may close it early, and from
 * when.
 */
export interface ClosingView {
  readonly openedBy: string;
  readonly openedByMe: boolean;
  /**
   * Whether the reader may close it from `closableFrom`: its opener, or once the opener has left
   * the circle, any member who was there when it opened (core's `mayClose`).
   */
  readonly closableByMe: boolean;
  /** Before this instant it waits for everyone's answers; after it, it may be closed. */
  readonly closableFrom: string;
}

const closer = (scope: MemberScope, record: CheckinRecord): Closer => ({
  byOpener: record.openedByMemberId === scope.memberId,
  openerLeft: record.openerLeft,
  askerThereAtOpening: record.readerThereAtOpening,
});

export const closingView = (scope: MemberScope, record: CheckinRecord): ClosingView => ({
  openedBy: record.openedByMemberId,
  openedByMe: record.openedByMemberId === scope.memberId,
  closableByMe: mayClose(closer(scope, record)),
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
    ...closer(scope, record),
    openedAt: Date.parse(record.createdAt),
    periodEndsAt: periodEnd(record),
    memberCount: record.memberCount,
    answeredCount: record.answeredCount,
    now,
  });
  if (decision.ok) return;
  if (decision.reason === 'not_opener')
    throw new AppError(
      'forbidden',
      `Only the member who opened this ${what} may close it, or, once they have left the circle, a member who was there when it opened.`,
    );
  const { closableFrom: from } = closingView(scope, record);
  throw new AppError('conflict', `This ${what} waits for everyone's answers until ${from}.`, {
    details: { closableFrom: from },
  });
}

const periodEnd = (record: CheckinRecord): number | null =>
  record.period === null ? null : checkinPeriodEnd(record.period);
