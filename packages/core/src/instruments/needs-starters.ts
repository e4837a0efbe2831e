/**
 * Needs-statement starters (the E of RECIPRO: Express): say a need as a wish about the future,
 * about oneself, without blame. Written by recipro; ids are stable. Its words end with "…"
 * where the author carries on writing.
 *
 * A starter that speaks of the people the need is for is worded for each circle kind; one that
 * speaks only of the author has one wording for every kind. The couple's words are the ones
 * first written.
 */
import type { KindText } from '../kind-text.ts';

/** A starter as core and the server give it: its id, the same for every kind. */
export interface NeedsStarter {
  readonly id: string;
}

/**
 * Every starter with its English words: one string for every kind, or one per kind. The source
 * the web's English catalogue takes them from (`needsStarter.<id>[.<kind>]`, i18n/en-prompts.ts);
 * no function of core returns them.
 */
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

/** The starters, in order: every kind reads the same ids, each in its own words. */
export const NEEDS_STARTERS: readonly NeedsStarter[] = NEEDS_STARTER_WORDS.map(({ id }) => ({
  id,
}));
