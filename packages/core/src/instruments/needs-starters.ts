/**
 * Needs-statement starters (the E of RECIPRO: Express): say a need as a wish about the future,
 * about oneself, without blame. Written by recipro; ids are stable. `text` ends with "…" where
 * the author carries on writing.
 *
 * A starter that speaks of the people the need is for is worded for each circle kind; one that
 * speaks only of the author has one wording for every kind. The couple's words are the ones
 * first written.
 */
import { textFor, type KindText } from '../kind-text.ts';
import type { CircleKind } from '../vocabulary.ts';

export interface NeedsStarter {
  readonly id: string;
  readonly text: string;
}

/** Every starter with its words: one string for every kind, or one per kind. */
export const NEEDS_STARTER_WORDS: readonly { readonly id: string; readonly words: KindText }[] = [
  {
    id: 'need_more_connected_when',
    words: {
      couple: 'I feel more connected when …',
      family: 'I feel closest to the family when …',
      friends: 'I feel part of the group when …',
      team: 'I feel part of the team when …',
    },
  },
  { id: 'need_would_help_me_if', words: 'It would help me if …' },
  {
    id: 'need_feel_cared_for_when',
    words: {
      couple: 'I feel cared for when …',
      family: 'I feel looked after in this family when …',
      friends: 'I feel cared for by my friends when …',
      team: 'I feel supported by my team when …',
    },
  },
  {
    id: 'need_would_love_more',
    words: {
      couple: 'I would love a little more …',
      family: 'In our family, I would love a little more …',
      friends: 'When we get together, I would love a little more …',
      team: 'In our team, I would welcome a little more …',
    },
  },
  { id: 'need_when_tired', words: 'When I am tired or stressed, what helps me is …' },
  { id: 'need_matters_to_me', words: 'Something that matters to me right now is …' },
  { id: 'need_could_we_try', words: 'Could we try …' },
];

/** The starters as a circle of this kind reads them, in the same order and with the same ids. */
export const needsStartersFor = (kind: CircleKind): readonly NeedsStarter[] =>
  NEEDS_STARTER_WORDS.map(({ id, words }) => ({ id, text: textFor(words, kind) }));

/** The starters in the words first written (a couple's); the ids every kind shares. */
export const NEEDS_STARTERS: readonly NeedsStarter[] = needsStartersFor('couple');
