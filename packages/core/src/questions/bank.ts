/**
 * The bank of daily questions: every question recipro asks, each with the kinds of circle it
 * is written for. Ids are stable and never reused; a question is never removed, because days
 * already asked keep its id.
 */
import type { CircleKind } from '../vocabulary.ts';
import { FOR_CLOSE, FOR_GROWN_UPS, FOR_HOMES } from './bank-close.ts';
import { FOR_COUPLES } from './bank-couple.ts';
import { FOR_EVERYONE } from './bank-everyone.ts';
import { FOR_FAMILIES } from './bank-family.ts';
import { FOR_FRIENDS } from './bank-friends.ts';
import { FOR_TEAMS } from './bank-team.ts';
import type { DailyQuestion } from './types.ts';
import type { WrittenQuestion } from './written.ts';

const WRITTEN: readonly WrittenQuestion[] = [
  ...FOR_EVERYONE,
  ...FOR_CLOSE,
  ...FOR_HOMES,
  ...FOR_GROWN_UPS,
  ...FOR_COUPLES,
  ...FOR_FAMILIES,
  ...FOR_FRIENDS,
  ...FOR_TEAMS,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every question, in id order: ids and what each is about, no words. */
export const QUESTION_BANK: readonly DailyQuestion[] = WRITTEN.map(({ text: _text, ...q }) => q);

/**
 * Each question's English words, by id, as recipro wrote them: the source the web's English
 * catalogue takes them from (`i18n/en-daily-questions.ts`) and other languages translate. No
 * function of core returns them: what core and the server say of a question is its id.
 */
export const QUESTION_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  WRITTEN.map((q) => [q.id, q.text]),
);

const BY_ID: ReadonlyMap<string, DailyQuestion> = new Map(QUESTION_BANK.map((q) => [q.id, q]));

const BY_KIND = new Map<CircleKind, readonly DailyQuestion[]>();

/** The questions a circle of this kind is asked, in id order. */
export function questionsFor(kind: CircleKind): readonly DailyQuestion[] {
  let found = BY_KIND.get(kind);
  if (!found) {
    found = QUESTION_BANK.filter((q) => q.kinds.includes(kind));
    BY_KIND.set(kind, found);
  }
  return found;
}

/** The question with this id, or undefined. */
export const questionById = (id: string): DailyQuestion | undefined => BY_ID.get(id);
