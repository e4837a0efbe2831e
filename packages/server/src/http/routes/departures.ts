import { Type } from 'typebox';
import { clearSessionCookie, requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);

/**
 * Leaving a circle and deleting an account. The rule for shared history: every word the
 * departing person wrote is deleted; the acts they gave or received stay in the others' history
 * from or to "a former member", without their notes; a circle whose last member leaves is
 * deleted with everything in it.
 */
export function departureRoutes(app: App, { config, services }: AppContext): void {
  app.post(
    '/circles/:circleId/leave',
    {
      // What the person wrote there goes, and with it any kept answer that holds it.
      config: { deletes: true },
      schema: {
        tags: ['circles'],
        summary: 'Leave a circle: what you wrote there is deleted; acts stay as "a former member"',
        params: CircleParams,
        response: { 204: Type.Null(), ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      await services.departures.leave(requireUser(request), request.params.circleId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Delete your account (leaves every circle by the same rule; ends every session)',
        body: DeleteAccountBody,
        response: { 204: Type.Null(), ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await services.departures.deleteAccount(requireUser(request), request.body.password);
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );
}
