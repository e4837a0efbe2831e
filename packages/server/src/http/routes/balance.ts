import { parseBalanceWindow } from '@recipro/core';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { requireUser } from '../session.ts';
import { CircleParams, errors } from '../schemas.ts';
import {
  Balance,
  BalanceQuery,
  Series,
  SeriesQuery,
  CareLanguages,
  CareLanguagesBody,
  Season,
  SeasonBody,
  SeasonChangeBody,
  SeasonParams,
} from '../schemas-analytics.ts';
import type { App, RouteContext } from '../types.ts';
import { NotModified } from '../circle-reads.ts';
import { Next, PageQuery } from '../schemas-paging.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Practice balance: the balance view, seasons, and each person's care languages. */
export function balanceRoutes(app: App, { services, reads }: RouteContext): void {
  app.get(
    '/circles/:circleId/balance',
    {
      // The user and the circle's version in one query (http/circle-reads.ts).
      config: { lazySession: true },
      schema: {
        tags: ['balance'],
        summary:
          'Balance per pair over 7, 30 or 90 days or with decay: bands, patterns, signs, fit, load, insights',
        params: CircleParams,
        querystring: BalanceQuery,
        response: { 200: Balance, 304: NotModified, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const window = parseBalanceWindow(request.query.window ?? '30');
      if (window === null)
        throw new AppError('validation_failed', 'window is one of 7, 30, 90 or decay.');
      return reads.answer(request, reply, request.params.circleId, async (user) => {
        const view = await services.balance.balance(user, request.params.circleId, window);
        return {
          window: view.window,
          halfLifeDays: view.halfLifeDays,
          now: iso(view.now),
          from: iso(view.span.from),
          to: iso(view.span.to),
          pairs: view.pairs.map((p) => ({ ...p })),
          matrix: {
            memberIds: [...view.matrix.memberIds],
            effort: view.matrix.effort.map((row) => [...row]),
          },
          loadShares: view.loadShares.map((s) => ({ ...s })),
          gini: view.gini,
          insights: view.insights.map((i) => ({
            ...i,
            memberIds: [...i.memberIds],
            evidence: { ...i.evidence },
          })),
        };
      });
    },
  );

  app.get(
    '/circles/:circleId/balance/series',
    {
      // The user and the circle's version in one query (http/circle-reads.ts).
      config: { lazySession: true },
      schema: {
        tags: ['balance'],
        summary: "Every pair's balance over time: rolling windows ending now, oldest first",
        params: CircleParams,
        querystring: SeriesQuery,
        response: { 200: Series, 304: NotModified, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const options = {
        points: request.query.points ?? 13,
        stepDays: request.query.stepDays ?? 7,
        windowDays: request.query.windowDays ?? 30,
      };
      return reads.answer(request, reply, request.params.circleId, async (user) => {
        const series = await services.balance.series(user, request.params.circleId, options);
        return {
          now: iso(series.now),
          stepDays: options.stepDays,
          windowDays: options.windowDays,
          pairs: series.pairs.map((p) => ({
            ...p,
            points: p.points.map((x) => ({ ...x, from: iso(x.from), to: iso(x.to) })),
          })),
        };
      });
    },
  );

  app.post(
    '/circles/:circleId/seasons',
    {
      schema: {
        tags: ['balance'],
        summary:
          'Declare your own season (active), or suggest one for another member (suggested until they accept); at most 180 days, the default end',
        params: CircleParams,
        body: SeasonBody,
        response: { 201: Season, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.seasons.declare(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.get(
    '/circles/:circleId/seasons',
    {
      schema: {
        tags: ['balance'],
        summary: 'Seasons of the circle, oldest first, a page at a time',
        params: CircleParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ seasons: Type.Array(Season), next: Next }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => {
      const page = await services.seasons.page(
        requireUser(request),
        request.params.circleId,
        request.query,
      );
      return { seasons: page.items, next: page.next };
    },
  );
  app.post(
    '/circles/:circleId/seasons/:seasonId/end',
    {
      schema: {
        tags: ['balance'],
        summary: 'End your own season now',
        params: SeasonParams,
        response: { 200: Season, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.seasons.end(requireUser(request), request.params.circleId, request.params.seasonId),
  );
  app.patch(
    '/circles/:circleId/seasons/:seasonId',
    {
      schema: {
        tags: ['balance'],
        summary:
          'Change your own season: kind, note or end (renew: an end at most 180 days from today)',
        params: SeasonParams,
        body: SeasonChangeBody,
        response: { 200: Season, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.seasons.change(
        requireUser(request),
        request.params.circleId,
        request.params.seasonId,
        request.body,
      ),
  );
  app.post(
    '/circles/:circleId/seasons/:seasonId/accept',
    {
      schema: {
        tags: ['balance'],
        summary: 'Accept a season another member suggested for you',
        params: SeasonParams,
        response: { 200: Season, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.seasons.accept(
        requireUser(request),
        request.params.circleId,
        request.params.seasonId,
      ),
  );
  app.delete(
    '/circles/:circleId/seasons/:seasonId/accept',
    {
      schema: {
        tags: ['balance'],
        summary: 'Take back accepting a season someone suggested for you: it is a suggestion again',
        params: SeasonParams,
        response: { 200: Season, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.seasons.unaccept(
        requireUser(request),
        request.params.circleId,
        request.params.seasonId,
      ),
  );
  app.post(
    '/circles/:circleId/seasons/:seasonId/decline',
    {
      schema: {
        tags: ['balance'],
        summary: 'Decline a season another member suggested for you (it is deleted)',
        params: SeasonParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await services.seasons.decline(
        requireUser(request),
        request.params.circleId,
        request.params.seasonId,
      );
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/circles/:circleId/seasons/:seasonId',
    {
      schema: {
        tags: ['balance'],
        summary: 'Delete your own season, or take back a suggestion you made',
        params: SeasonParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await services.seasons.remove(
        requireUser(request),
        request.params.circleId,
        request.params.seasonId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/care-languages',
    {
      schema: {
        tags: ['balance'],
        summary: 'The care languages you value, most valued first',
        response: { 200: CareLanguages, ...errors(401) },
      },
    },
    async (request) => ({ ranked: await services.careLanguages.get(requireUser(request)) }),
  );
  app.put(
    '/me/care-languages',
    {
      schema: {
        tags: ['balance'],
        summary: 'Rank the care languages you value (each once, most valued first)',
        body: CareLanguagesBody,
        response: { 200: CareLanguages, ...errors(400, 401) },
      },
    },
    async (request) => ({
      ranked: await services.careLanguages.set(requireUser(request), request.body.ranked),
    }),
  );
}
