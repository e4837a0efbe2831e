import { requireUser } from '../session.ts';
import {
  Accepted,
  Circle,
  CircleList,
  CircleParams,
  CreateCircleBody,
  Invitation,
  InvitationParams,
  InvitationPreview,
  KeeperBody,
  MemberParams,
  OpenInvitations,
  TokenParams,
  errors,
} from '../schemas.ts';
import { Type } from 'typebox';
import type { App, AppContext } from '../types.ts';
import { PageQuery } from '../schemas-paging.ts';
import { originOf } from '../origin.ts';

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
        summary: 'Circles you are in, newest first, a page at a time, and those you wait to join',
        querystring: PageQuery,
        response: { 200: CircleList, ...errors(400, 401) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const [page, waiting] = await Promise.all([
        services.circles.page(user, request.query),
        services.circles.waiting(user),
      ]);
      return { circles: page.items, next: page.next, waiting };
    },
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
      const origin = originOf(request, config);
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
        summary: 'Ask to join the circle of an invitation (a member then lets you in)',
        params: TokenParams,
        response: { 200: Accepted, ...errors(401, 404, 409) },
      },
    },
    async (request) =>
      services.circles.acceptInvitation(requireUser(request), request.params.token),
  );

  app.get(
    '/circles/:circleId/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invitations of the circle nobody has used yet',
        params: CircleParams,
        response: { 200: OpenInvitations, ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      invitations: await services.circles.listInvitations(
        requireUser(request),
        request.params.circleId,
      ),
    }),
  );

  app.delete(
    '/circles/:circleId/invitations/:invitationId',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Withdraw an invitation nobody has used yet',
        params: InvitationParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.circles.withdrawInvitation(
        requireUser(request),
        request.params.circleId,
        request.params.invitationId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/circles/:circleId/members/:memberId/admit',
    {
      schema: {
        tags: ['circles'],
        summary: 'Let in someone who asked to join (any member may)',
        params: MemberParams,
        response: { 200: Circle, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.circles.admit(
        requireUser(request),
        request.params.circleId,
        request.params.memberId,
      ),
  );

  app.delete(
    '/circles/:circleId/members/:memberId',
    {
      schema: {
        tags: ['circles'],
        summary:
          'Turn down a request to join (any member), or remove a member (the keeper; not in a couple)',
        params: MemberParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.departures.remove(
        requireUser(request),
        request.params.circleId,
        request.params.memberId,
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/circles/:circleId/keeper',
    {
      schema: {
        tags: ['circles'],
        summary: 'Hand the keeper role to another member (the keeper only)',
        params: CircleParams,
        body: KeeperBody,
        response: { 200: Circle, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      services.circles.setKeeper(
        requireUser(request),
        request.params.circleId,
        request.body.memberId,
      ),
  );
}
