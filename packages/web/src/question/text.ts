import { hasMessage, t } from '../i18n/index.ts';

/**
 * A daily question in the reader's language: the server sends its id and its English words;
 * another language has its own wording under the id (i18n/*-daily-questions.ts).
 */
export function questionText(question: { readonly id: string; readonly text: string }): string {
  const key = `dailyQuestion.${question.id}`;
  return hasMessage(key) ? t(key) : question.text;
}
