/**
 * Typed client for guided repair: one rupture's guide, your own answers, finishing, and the
 * agreement after the reveal. Same typed API and error shape as api.ts.
 */
import { api, type Body, type Reply } from '../api/typed.ts';

export type RepairGuide = Reply<'get', '/api/circles/{circleId}/ruptures/{ruptureId}/guide'>;
/** Your answers as sent: the pause and every written step (blank skips one). */
export type GuideAnswers = Body<
  'put',
  '/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers'
>;
export type GuideAgreement = NonNullable<RepairGuide['agreements']>[number];

export const getGuide = (circleId: string, ruptureId: string) =>
  api.get('/api/circles/{circleId}/ruptures/{ruptureId}/guide', {
    path: { circleId, ruptureId },
  });

export const saveGuideAnswers = (circleId: string, ruptureId: string, answers: GuideAnswers) =>
  api.put('/api/circles/{circleId}/ruptures/{ruptureId}/guide/answers', {
    path: { circleId, ruptureId },
    body: answers,
  });

export const finishGuide = (circleId: string, ruptureId: string) =>
  api.post('/api/circles/{circleId}/ruptures/{ruptureId}/guide/finish', {
    path: { circleId, ruptureId },
  });

/** After the reveal: the members whose proposal you are in on (replaces what you said). */
export const agreeInGuide = (circleId: string, ruptureId: string, agreeTo: readonly string[]) =>
  api.put('/api/circles/{circleId}/ruptures/{ruptureId}/guide/agreement', {
    path: { circleId, ruptureId },
    body: { agreeTo: [...agreeTo] },
  });
