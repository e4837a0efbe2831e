/**
 * English wording of recipro's reflection prompts, needs starters and values questions, by id,
 * and by circle kind where the words differ (`<list>.<id>.<kind>`, else `<list>.<id>`;
 * cycle/prompt-text.ts). The server sends ids only; the English words are core's *_WORDS
 * tables, the one place recipro writes them, and the source es/hi/ar translate.
 */
import {
  NEEDS_STARTER_WORDS,
  REFLECTION_PROMPT_WORDS,
  VALUES_QUESTION_WORDS,
  type KindText,
} from '@recipro/core';

const entries = (list: string, items: readonly { id: string; words: KindText }[]) =>
  items.flatMap(({ id, words }) =>
    typeof words === 'string'
      ? [[`${list}.${id}`, words]]
      : Object.entries(words).map(([kind, text]) => [`${list}.${id}.${kind}`, text]),
  );

export const enPrompts: Readonly<Record<string, string>> = Object.fromEntries([
  ...entries('reflectionPrompt', REFLECTION_PROMPT_WORDS),
  ...entries('needsStarter', NEEDS_STARTER_WORDS),
  ...entries('valuesQuestion', VALUES_QUESTION_WORDS),
]);
