/**
 * Typed client for a question a day: today's question for a circle, answering it once,
 * "another question", and the earlier days whose answers were read together.
 */
import { api, type Query, type Reply } from '../api/typed.ts';

export type TodayQuestion = Reply<'get', '/api/circles/{circleId}/question'>;
export type PastQuestions = Reply<'get', '/api/circles/{circleId}/questions'>;
export type PastDay = PastQuestions['days'][number];
export type RevealedAnswer = PastDay['answers'][number];
export type QuestionTheme = TodayQuestion['theme'];

export const getTodayQuestion = (circleId: string) =>
  api.get('/api/circles/{circleId}/question', { path: { circleId } });

/** Answers `questionId` (today's question as shown); a 409 when it is no longer today's. */
export const answerQuestion = (circleId: string, questionId: string, text: string) =>
  api.post('/api/circles/{circleId}/question/answer', {
    path: { circleId },
    body: { text, questionId },
  });

/** "Another question" for today, setting aside `questionId` (today's question as shown). */
export const swapQuestion = (circleId: string, questionId: string) =>
  api.post('/api/circles/{circleId}/question/swap', { path: { circleId }, body: { questionId } });

export const listPastQuestions = (
  circleId: string,
  query: Query<'get', '/api/circles/{circleId}/questions'> = {},
) => api.get('/api/circles/{circleId}/questions', { path: { circleId }, query });
