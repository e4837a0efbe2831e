/**
 * Changing an act one gave: the editor's draft, and the changes it makes to the act. Only what
 * differs is sent, so an untouched field (a receiver who has since left, a time with seconds)
 * stays exactly as it was. Times are edited as the browser's local wall-clock time, to the
 * minute, the way a `datetime-local` field shows them.
 */
import type { Effort, FormOfCare } from '@recipro/core';
import type { Act, ActChanges } from '../api.ts';

export interface ActDraft {
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort: Effort;
  readonly note: string;
  /** Local date and time as `YYYY-MM-DDTHH:mm`; empty when the field was cleared. */
  readonly when: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the local `YYYY-MM-DDTHH:mm` a `datetime-local` field takes. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value as an ISO instant, or undefined when it is not a real time. */
export function fromLocalInput(value: string): string | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(year!, month! - 1, day, hours, minutes, seconds);
  // new Date rolls 31 February over into March: such a value is not a time at all.
  if (date.getMonth() !== month! - 1 || date.getDate() !== day) return undefined;
  return date.toISOString();
}

/** The editor's starting point: the act as it is. */
export const draftOf = (act: Act): ActDraft => ({
  toMemberId: act.toMemberId,
  form: act.form,
  effort: act.effort,
  note: act.note ?? '',
  when: toLocalInput(act.at),
});

export type WhenProblem = 'required' | 'future';

/** What is wrong with the draft's time, if anything; `now` is in milliseconds. */
export function whenProblem(draft: ActDraft, act: Act, now: number): WhenProblem | undefined {
  if (draft.when === toLocalInput(act.at)) return undefined;
  const at = fromLocalInput(draft.when);
  if (at === undefined) return 'required';
  return Date.parse(at) > now ? 'future' : undefined;
}

/**
 * The changes from `act` to `draft`: an empty object when nothing differs. A note is trimmed,
 * and an emptied note becomes null, which clears it. A time left at the minute the act shows
 * is not sent, so its seconds are kept.
 */
export function actChanges(act: Act, draft: ActDraft): ActChanges {
  const note = draft.note.trim();
  const at = draft.when === toLocalInput(act.at) ? undefined : fromLocalInput(draft.when);
  return {
    ...(draft.toMemberId !== act.toMemberId ? { toMemberId: draft.toMemberId } : {}),
    ...(draft.form !== act.form ? { form: draft.form } : {}),
    ...(draft.effort !== act.effort ? { effort: draft.effort } : {}),
    ...(note !== (act.note ?? '') ? { note: note === '' ? null : note } : {}),
    ...(at !== undefined ? { at } : {}),
  };
}
