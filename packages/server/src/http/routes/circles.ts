import { requireUser } from '../session.ts';
import {
  Accepted,
  Circle,
  CircleList,
  CircleParams,
  CreateCircleBody,
  Invitation,
  InvitationPreview,
  TokenParams,
  errors,
} from '../schemas.ts';
import type { App, AppContext } from '../types.ts';

export function circleRoutes(app: App, { config, services }: AppContext): void {
  app.post(
    '/circles',
    {
      schema: {
        tags: ['circles'],
        summary: 'Create a circle; you are its first member',
        body: CreateCircleBody,
        response: { 201: Circle, ...errors(400, 401) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.circles.create(requireUser(request), request.body)),
  );

  app.get(
    '/circles',
    {
      schema: {
        tags: ['circles'],
        summary: 'Circles you are in',
        response: { 200: CircleList, ...errors(401) },
      },
    },
    async (request) => ({ circles: await services.circles.list(requireUser(request)) }),
  );

  app.get(
    '/circles/:circleId',
    {
      schema: {
        tags: ['circles'],
        summary: 'A circle and its members',
        params: CircleParams,
        response: { 200: Circle, ...errors(401, 404) },
      },
    },
    async (request) => services.circles.get(requireUser(request), request.params.circleId),
  );

  app.post(
    '/circles/:circleId/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Make a single-use invitation link (valid 7 days)',
        params: CircleParams,
        response: { 201: Invitation, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const invitation = await services.circles.invite(
        requireUser(request),
        request.params.circleId,
      );
      const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
      return reply.status(201).send({ ...invitation, url: `${origin}/invite/${invitation.token}` });
    },
  );

  app.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation leads to (works signed out)',
        security: [],
        params: TokenParams,
        response: { 200: InvitationPreview, ...errors(404) },
      },
    },
    async (request) => services.circles.previewInvitation(request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Join the circle of an invitation',
        params: TokenParams,
        response: { 200: Accepted, ...errors(401, 404, 409) },
      },
    },
    async (request) =>
      services.circles.acceptInvitation(requireUser(request), request.params.token),
  );
}
