/**
 * Private reflection prompts (the R of RECIPRO: Reflect). Written by recipro. Only the author
 * ever sees what they write in answer. Ids are stable (storage and i18n keys); change a text
 * by adding a prompt with a new id.
 *
 * A prompt that speaks of the people around the author is worded for each circle kind (a
 * circle's kind never changes, so a circle always reads the same words for an id); a prompt
 * about the author alone has one wording for every kind. The couple's words are the ones first
 * written, so reflections written before kinds had their own words keep their prompt.
 */
import type { KindText } from '../kind-text.ts';

export const REFLECTION_THEMES = [
  'over_giving',
  'shutting_down',
  'hyper_independence',
  'fear_of_asking',
  'what_i_need_now',
] as const;
export type ReflectionTheme = (typeof REFLECTION_THEMES)[number];

/** A prompt as core and the server give it: its id and theme, the same for every kind. */
export interface ReflectionPrompt {
  readonly id: string;
  readonly theme: ReflectionTheme;
}

/**
 * Every prompt with its English words: one string for every kind, or one per kind. The source
 * the web's English catalogue takes them from (`reflectionPrompt.<id>[.<kind>]`,
 * i18n/en-prompts.ts); no function of core returns them.
 */
export const REFLECTION_PROMPT_WORDS: readonly {
  readonly id: string;
  readonly theme: ReflectionTheme;
  readonly words: KindText;
}[] = [
  {
    id: 'reflect_over_giving_1',
    theme: 'over_giving',
    words: {
      couple: 'Where have I been giving more than I have to spare lately?',
      family: 'Where in my family have I been giving more than I have to spare lately?',
      friends: 'With my friends, where have I been giving more than I have to spare lately?',
      team: 'At work, where have I been taking on more than I have room for lately?',
    },
  },
  {
    id: 'reflect_over_giving_2',
    theme: 'over_giving',
    words: 'When I say yes without thinking, what am I hoping will happen?',
  },
  {
    id: 'reflect_shutting_down_1',
    theme: 'shutting_down',
    words: {
      couple: 'When did I last go quiet instead of saying what I felt? What was happening?',
      family:
        'When did I last go quiet with my family instead of saying what I felt? What was happening?',
      friends:
        'When did I last go quiet with my friends instead of saying what I felt? What was happening?',
      team: 'When did I last keep quiet in the team instead of saying what I thought or felt? What was happening?',
    },
  },
  {
    id: 'reflect_shutting_down_2',
    theme: 'shutting_down',
    words: 'What would make it a little easier to stay in the conversation next time?',
  },
  {
    id: 'reflect_hyper_independence_1',
    theme: 'hyper_independence',
    words: {
      couple: 'What am I carrying on my own that someone close would gladly share?',
      family: 'What am I carrying on my own that someone in my family would gladly share?',
      friends: 'What am I carrying on my own that a friend would gladly help with?',
      team: 'What am I carrying on my own that someone on my team would gladly take a part of?',
    },
  },
  {
    id: 'reflect_hyper_independence_2',
    theme: 'hyper_independence',
    words: 'Where did I learn that doing it all myself is safer?',
  },
  {
    id: 'reflect_fear_of_asking_1',
    theme: 'fear_of_asking',
    words: 'What is one thing I would like help with, and what stops me from asking?',
  },
  {
    id: 'reflect_fear_of_asking_2',
    theme: 'fear_of_asking',
    words: {
      couple: 'If someone I love asked me for this, how would I feel about being asked?',
      family: 'If someone in my family asked me for this, how would I feel about being asked?',
      friends: 'If a friend asked me for this, how would I feel about being asked?',
      team: 'If a teammate asked me for this, how would I feel about being asked?',
    },
  },
  {
    id: 'reflect_what_i_need_now_1',
    theme: 'what_i_need_now',
    words: 'Right now, what would help me most: rest, company, quiet, a hand, or a kind word?',
  },
  {
    id: 'reflect_what_i_need_now_2',
    theme: 'what_i_need_now',
    words: 'What is one small thing I could do for myself today?',
  },
];

/** The prompts, in order: every kind reads the same ids, each in its own words. */
export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = REFLECTION_PROMPT_WORDS.map(
  ({ id, theme }) => ({ id, theme }),
);
