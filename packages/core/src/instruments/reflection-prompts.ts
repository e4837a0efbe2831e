/**
 * Private reflection prompts (the R of RECIPRO: Reflect). Written by recipro. Only the author
 * ever sees what they write in answer. Ids are stable (storage and i18n keys); change a text
 * by adding a prompt with a new id.
 */

export const REFLECTION_THEMES = [
  'over_giving',
  'shutting_down',
  'hyper_independence',
  'fear_of_asking',
  'what_i_need_now',
] as const;
export type ReflectionTheme = (typeof REFLECTION_THEMES)[number];

export interface ReflectionPrompt {
  readonly id: string;
  readonly theme: ReflectionTheme;
  readonly text: string;
}

export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'reflect_over_giving_1',
    theme: 'over_giving',
    text: 'Where have I been giving more than I have to spare lately?',
  },
  {
    id: 'reflect_over_giving_2',
    theme: 'over_giving',
    text: 'When I say yes without thinking, what am I hoping will happen?',
  },
  {
    id: 'reflect_shutting_down_1',
    theme: 'shutting_down',
    text: 'When did I last go quiet instead of saying what I felt? What was happening?',
  },
  {
    id: 'reflect_shutting_down_2',
    theme: 'shutting_down',
    text: 'What would make it a little easier to stay in the conversation next time?',
  },
  {
    id: 'reflect_hyper_independence_1',
    theme: 'hyper_independence',
    text: 'What am I carrying on my own that someone close would gladly share?',
  },
  {
    id: 'reflect_hyper_independence_2',
    theme: 'hyper_independence',
    text: 'Where did I learn that doing it all myself is safer?',
  },
  {
    id: 'reflect_fear_of_asking_1',
    theme: 'fear_of_asking',
    text: 'What is one thing I would like help with, and what stops me from asking?',
  },
  {
    id: 'reflect_fear_of_asking_2',
    theme: 'fear_of_asking',
    text: 'If someone I love asked me for this, how would I feel about being asked?',
  },
  {
    id: 'reflect_what_i_need_now_1',
    theme: 'what_i_need_now',
    text: 'Right now, what would help me most: rest, company, quiet, a hand, or a kind word?',
  },
  {
    id: 'reflect_what_i_need_now_2',
    theme: 'what_i_need_now',
    text: 'What is one small thing I could do for myself today?',
  },
];
