import {
  INSTRUMENTS,
  CHECKIN_CADENCES,
  forDisplay,
  getInstrument,
  instrumentsFor,
  NEEDS_STARTERS,
  REFLECTION_PROMPTS,
  VALUES_QUESTIONS,
} from '@recipro/core';
import { Type } from 'typebox';
import { notFound } from '../../errors.ts';
import { requireUser } from '../session.ts';
import { CircleKindSchema, CircleParams, errors } from '../schemas.ts';
import {
  AnswerBody,
  Checkin,
  CheckinHistory,
  CheckinParams,
  Instrument as InstrumentSchema,
  InstrumentIdSchema,
  InstrumentList,
  InstrumentParams,
  OpenCheckinBody,
  Prompts,
} from '../schemas-cycle.ts';
import type { App, AppContext } from '../types.ts';
import { PageQuery } from '../schemas-paging.ts';

const ScheduleBody = Type.Union([
  Type.Object({ cadence: Type.Literal('off') }, { additionalProperties: false }),
  Type.Object(
    { cadence: Type.Enum(CHECKIN_CADENCES), instrument: InstrumentIdSchema },
    { additionalProperties: false },
  ),
]);
/** The schedule as the circle is told it; see ScheduleState in services/checkin-schedules.ts. */
export const ScheduleView = Type.Union([
  Type.Object({ cadence: Type.Literal('off') }, { additionalProperties: false }),
  Type.Object(
    { cadence: Type.Enum(CHECKIN_CADENCES), instrument: InstrumentIdSchema },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      cadence: Type.Literal('off'),
      stopped: Type.Object(
        {
          cadence: Type.Enum(CHECKIN_CADENCES),
          instrument: InstrumentIdSchema,
          code: Type.Literal('not_for_circle_kind'),
        },
        {
          additionalProperties: false,
          description:
            'A schedule set before the CSI was for couples only: it no longer opens check-ins in this circle.',
        },
      ),
    },
    { additionalProperties: false },
  ),
]);

/**
 * `?kind=`: only the instruments a circle of that kind may use (all of them without it), with
 * recipro's own items worded for that kind (as written for couples without it); the same for
 * the prompts.
 */
const InstrumentsQuery = Type.Object(
  { kind: Type.Optional(CircleKindSchema) },
  { additionalProperties: false },
);

export function checkinRoutes(app: App, { services }: AppContext): void {
  app.get(
    '/instruments',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'The check-in instruments: items, positions and scores; the CSI with its words',
        description:
          'With `kind`, only those a circle of that kind may use: the CSI is offered to couples only. recipro’s own items come without words: the reader’s language words them by id, for the circle’s kind.',
        querystring: InstrumentsQuery,
        response: { 200: InstrumentList, ...errors(400) },
      },
    },
    async (request) => {
      const { kind } = request.query;
      const ids = kind ? instrumentsFor(kind) : Object.keys(INSTRUMENTS);
      return {
        instruments: Object.values(INSTRUMENTS)
          .filter((instrument) => ids.includes(instrument.id))
          .map(forDisplay),
      };
    },
  );
  app.get(
    '/instruments/:instrumentId',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'One instrument: the CSI with its words, recipro’s own by id',
        params: InstrumentParams,
        response: { 200: InstrumentSchema, ...errors(400) },
      },
    },
    async (request) => {
      const instrument = getInstrument(request.params.instrumentId);
      if (!instrument) throw notFound('That instrument');
      return forDisplay(instrument);
    },
  );
  app.get(
    '/prompts',
    {
      schema: {
        tags: ['reflect', 'express'],
        summary: 'Reflection prompts, needs starters and values questions, by id',
        description:
          'Ids, themes and topics, in order, the same for every circle kind: the reader’s language words each for the circle’s kind ("my family", "my team").',
        response: { 200: Prompts },
      },
    },
    async () => ({
      reflection: REFLECTION_PROMPTS,
      needsStarters: NEEDS_STARTERS,
      values: VALUES_QUESTIONS,
    }),
  );

  app.post(
    '/circles/:circleId/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Open a check-in; each member answers alone',
        params: CircleParams,
        body: OpenCheckinBody,
        response: { 201: Checkin, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.checkins.open(
            requireUser(request),
            request.params.circleId,
            request.body.instrument,
          ),
        ),
  );

  app.get(
    '/circles/:circleId/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary:
          'Check-ins of the circle, newest first, a page at a time, and your own trend (over all of yours)',
        params: CircleParams,
        querystring: PageQuery,
        response: { 200: CheckinHistory, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.checkins.history(requireUser(request), request.params.circleId, request.query),
  );

  app.get(
    '/circles/:circleId/checkins/:checkinId',
    {
      schema: {
        tags: ['check-ins'],
        summary: "A check-in: your answers, and everyone's once all have answered or it closed",
        params: CheckinParams,
        response: { 200: Checkin, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.checkins.get(
        requireUser(request),
        request.params.circleId,
        request.params.checkinId,
      ),
  );

  app.post(
    '/circles/:circleId/checkins/:checkinId/answers',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Answer: the 0-based position of each chosen option as printed, in item order',
        params: CheckinParams,
        body: AnswerBody,
        response: { 201: Checkin, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.checkins.answer(
            requireUser(request),
            request.params.circleId,
            request.params.checkinId,
            request.body,
          ),
        ),
  );

  app.get(
    '/circles/:circleId/checkin-schedule',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Whether check-ins open by themselves every week or month',
        params: CircleParams,
        response: { 200: ScheduleView, ...errors(401, 404) },
      },
    },
    async (request) => services.checkinSchedules.get(requireUser(request), request.params.circleId),
  );
  app.put(
    '/circles/:circleId/checkin-schedule',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Open a check-in every week or month (UTC periods), or stop',
        params: CircleParams,
        body: ScheduleBody,
        response: { 200: ScheduleView, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.checkinSchedules.set(requireUser(request), request.params.circleId, request.body),
  );

  app.post(
    '/circles/:circleId/checkins/:checkinId/close',
    {
      schema: {
        tags: ['check-ins'],
        summary:
          'Close a check-in (its opener; before everyone has answered, only after its period): answers are revealed to those who answered',
        params: CheckinParams,
        response: { 200: Checkin, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.checkins.close(
        requireUser(request),
        request.params.circleId,
        request.params.checkinId,
      ),
  );
}
