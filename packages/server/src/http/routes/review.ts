import { Type } from 'typebox';
import { CircleParams, errors } from '../schemas.ts';
import type { App, RouteContext } from '../types.ts';
import { NotModified } from '../circle-reads.ts';

const ReviewQuery = Type.Object(
  {
    month: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
        description: 'YYYY-MM (UTC); default this month',
      }),
    ),
  },
  { additionalProperties: false },
);

const MonthActs = Type.Object({
  acts: Type.Integer(),
  effort: Type.Integer(),
  noticedRate: Type.Union([Type.Number(), Type.Null()]),
  pairs: Type.Array(
    Type.Object({
      fromMemberId: Type.String(),
      toMemberId: Type.String(),
      acts: Type.Integer(),
      effort: Type.Integer(),
      noticed: Type.Integer(),
    }),
  ),
});

const Review = Type.Object({
  month: Type.String(),
  from: Type.String(),
  to: Type.String(),
  acts: MonthActs,
  previous: MonthActs,
  repair: Type.Object({
    ruptures: Type.Integer(),
    repaired: Type.Integer(),
    startedShares: Type.Array(
      Type.Object({ memberId: Type.String(), started: Type.Integer(), share: Type.Number() }),
    ),
    medianSecondsToRepair: Type.Union([Type.Number(), Type.Null()]),
    withinGoalShare: Type.Union([Type.Number(), Type.Null()]),
  }),
  myCheckins: Type.Record(Type.String(), Type.Array(Type.Union([Type.Integer(), Type.Null()]))),
  changes: Type.Object({
    acts: Type.String(),
    noticedRate: Type.Union([Type.String(), Type.Null()]),
  }),
});

export function reviewRoutes(app: App, { services, reads }: RouteContext): void {
  app.get(
    '/circles/:circleId/review',
    {
      // The user and the circle's version in one query (http/circle-reads.ts).
      config: { lazySession: true },
      schema: {
        tags: ['observe'],
        summary:
          'The month in review: acts, noticing, repairs and your check-ins, as numbers the reader’s language words',
        params: CircleParams,
        querystring: ReviewQuery,
        response: { 200: Review, 304: NotModified, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reads.answer(request, reply, request.params.circleId, async (user) => {
        const review = await services.review.review(
          user,
          request.params.circleId,
          request.query.month,
        );
        return {
          ...review,
          from: new Date(review.from).toISOString(),
          to: new Date(review.to).toISOString(),
        };
      }),
  );
}
