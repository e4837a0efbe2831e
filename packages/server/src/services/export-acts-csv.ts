import type { Locale } from '@recipro/core';
import { translate } from '../i18n/index.ts';
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

/**
 * Acts as CSV, one per row in the order given: when (ISO-8601 UTC), who gave and who received
 * (by member name), the form, the effort, the note, and when it was noticed (empty when not).
 * The columns are named, and the form given, as the export's format documents them; a member
 * no longer in the circle is "a former member" in the language of the person downloading.
 */
export function actsCsv(
  acts: readonly ActRecord[],
  members: readonly MemberRecord[],
  locale: Locale | null,
): string {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const former = translate(locale, 'export.formerMember');
  const name = (memberId: string) => names.get(memberId) ?? former;
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
