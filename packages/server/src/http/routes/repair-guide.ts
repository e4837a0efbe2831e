import { requireUser } from '../session.ts';
import { errors } from '../schemas.ts';
import { RuptureParams } from '../schemas-cycle.ts';
import { GuideAgreementBody, GuideAnswersBody, RepairGuide } from '../schemas-repair-guide.ts';
import type { App, AppContext } from '../types.ts';

/** Guided repair of one rupture, for the members it involves (404 for anyone else). */
export function repairGuideRoutes(app: App, { services }: AppContext): void {
  app.get(
    '/circles/:circleId/ruptures/:ruptureId/guide',
    {
      schema: {
        tags: ['repair'],
        summary: "The guided repair: your answers, and everyone's once all have finished",
        params: RuptureParams,
        response: { 200: RepairGuide, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.repairGuides.get(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );
  app.put(
    '/circles/:circleId/ruptures/:ruptureId/guide/answers',
    {
      schema: {
        tags: ['repair'],
        summary: 'Save your own answers (private until everyone has finished; 409 after)',
        params: RuptureParams,
        body: GuideAnswersBody,
        response: { 200: RepairGuide, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) =>
      services.repairGuides.save(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
        request.body,
      ),
  );
  app.post(
    '/circles/:circleId/ruptures/:ruptureId/guide/finish',
    {
      schema: {
        tags: ['repair'],
        summary: 'Say you are done (needs "ready" and one written step); revealed when everyone is',
        params: RuptureParams,
        response: { 200: RepairGuide, ...errors(401, 404, 409) },
      },
    },
    async (request) =>
      services.repairGuides.finish(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
      ),
  );
  app.put(
    '/circles/:circleId/ruptures/:ruptureId/guide/agreement',
    {
      schema: {
        tags: ['repair'],
        summary: 'After the reveal: the proposed agreements you are in on',
        params: RuptureParams,
        body: GuideAgreementBody,
        response: { 200: RepairGuide, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) =>
      services.repairGuides.agree(
        requireUser(request),
        request.params.circleId,
        request.params.ruptureId,
        request.body.agreeTo,
      ),
  );
}
