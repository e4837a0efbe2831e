/**
 * English wording of the question a day, by question id. The server sends a question's id only;
 * its English words are core's QUESTION_WORDS, the one table recipro writes them in (with each
 * question's kinds, theme and depth beside them), and the source es/hi/ar translate.
 */
import { QUESTION_BANK, QUESTION_WORDS } from '@recipro/core';

export const enDailyQuestions: Readonly<Record<`dailyQuestion.${string}`, string>> =
  Object.fromEntries(
    QUESTION_BANK.map((question) => [
      `dailyQuestion.${question.id}`,
      QUESTION_WORDS[question.id] ?? '',
    ]),
  );
