import type { ActRecord } from '../repositories/acts.ts';
import type { MemberRecord } from '../repositories/circles.ts';
import { csvDocument } from './csv.ts';

export const ACTS_CSV_HEADER = [
  'date',
  'from',
  'to',
  'form',
  'effort',
  'note',
  'noticed_at',
] as const;

/** How a member id that is no longer among the circle's members reads. */
export const FORMER_MEMBER = 'a former member';

/**
 * Acts as CSV, one per row in the order given: when (ISO-8601 UTC), who gave and who received
 * (by member name), the form, the effort, the note, and when it was noticed (empty when not).
 */
export function actsCsv(acts: readonly ActRecord[], members: readonly MemberRecord[]): string {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const name = (memberId: string) => names.get(memberId) ?? FORMER_MEMBER;
  return csvDocument([
    ACTS_CSV_HEADER,
    ...acts.map((act) => [
      act.at,
      name(act.fromMemberId),
      name(act.toMemberId),
      act.form,
      String(act.effort),
      act.note ?? '',
      act.noticedAt ?? '',
    ]),
  ]);
}
