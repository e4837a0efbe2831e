import { hasMessage, t } from '../i18n/index.ts';

/**
 * A daily question in the reader's language: the server sends its id, and every language words
 * it under the id (i18n/*-daily-questions.ts; English's from core's QUESTION_WORDS). A question
 * newer than this copy of the app says so, and how to read it.
 */
export function questionText(question: { readonly id: string }): string {
  const key = `dailyQuestion.${question.id}`;
  return hasMessage(key) ? t(key) : t('question.newer');
}
