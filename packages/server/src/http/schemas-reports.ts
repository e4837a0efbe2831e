import { Type } from 'typebox';
import { Email, Id, IsoTime } from './schemas.ts';

/**
 * Schemas of reports for a counsellor. What a report contains is core's `ReportContents`: kinds,
 * ids and numbers (times as epoch milliseconds), never sentences; described here loosely (an
 * object) and documented by core's types, since it is frozen as it was when prepared.
 */
const strict = { additionalProperties: false } as const;

export const ReportParams = Type.Object({ circleId: Id, reportId: Id }, strict);
export const ReportLinkParams = Type.Object({ circleId: Id, reportId: Id, linkId: Id }, strict);
export const ReportTokenParams = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 128 }) },
  strict,
);

const Day = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A UTC date, YYYY-MM-DD.',
});

export const PrepareReportBody = Type.Object(
  {
    from: { ...Day, description: 'The first day of the period (UTC), YYYY-MM-DD.' },
    to: {
      ...Day,
      description:
        'The day after the last day of the period (UTC), YYYY-MM-DD: March is from 2026-03-01 to 2026-04-01. At most tomorrow; at most 366 days after `from`.',
    },
  },
  strict,
);

/** No body, or `{}`, or your own member id: an agreement is each person's own. */
export const ConsentBody = Type.Object(
  {
    memberId: Type.Optional({
      ...Id,
      description: 'Whose agreement this is: only ever your own member id.',
    }),
  },
  { ...strict, description: 'May be left out: an agreement is always the caller’s own.' },
);

export const AdditionBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 4000,
      description: 'Your words for the reader, as you want them shown.',
    }),
  },
  strict,
);

export const EmailBody = Type.Object(
  { address: { ...Email, description: 'The address everyone agrees the PDF may be emailed to.' } },
  strict,
);

export const LinkBody = Type.Object(
  {
    expiresInDays: Type.Integer({
      minimum: 1,
      maximum: 90,
      description: 'Days the link stays open, 1 to 90.',
    }),
  },
  strict,
);

export const ReportFormatQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('page'), Type.Literal('pdf')], {
        description: '`json` (the default), `page` (a printable HTML page) or `pdf`.',
      }),
    ),
  },
  strict,
);

export const SharedFormatQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal('page'), Type.Literal('pdf')], {
        description: '`page` (the default) or `pdf`.',
      }),
    ),
  },
  strict,
);

const ReportLink = Type.Object({
  id: Id,
  createdByMemberId: Id,
  createdAt: IsoTime,
  expiresAt: IsoTime,
  revokedAt: Type.Union([IsoTime, Type.Null()]),
  open: Type.Boolean({ description: 'Neither expired nor revoked.' }),
});

export const Report = Type.Object({
  id: Id,
  circleId: Id,
  status: Type.Union([Type.Literal('awaiting_consent'), Type.Literal('agreed')], {
    description: '`agreed` once every member in the report has agreed to it as it is.',
  }),
  from: IsoTime,
  to: IsoTime,
  preparedByMemberId: Id,
  createdAt: IsoTime,
  email: Type.Object({
    to: Type.Union([Type.String(), Type.Null()], {
      description: 'The address the PDF may be emailed to, part of what everyone agrees to.',
    }),
    sentAt: Type.Union([IsoTime, Type.Null()], { description: 'When it was last emailed.' }),
    available: Type.Boolean({ description: 'Whether this server sends email.' }),
  }),
  members: Type.Array(Type.Object({ id: Id, name: Type.String(), consented: Type.Boolean() }), {
    description: 'The members the report is about, whose agreement it needs.',
  }),
  contents: Type.Object(
    {},
    {
      additionalProperties: true,
      description:
        "What the report contains, frozen when it was prepared (core's ReportContents): care, each pair's band and pattern over the period, seasons, revealed check-ins and a couple's CSI totals, values topics, repair, load by stage, rituals.",
    },
  ),
  additions: Type.Array(Type.Object({ memberId: Id, text: Type.String(), writtenAt: IsoTime })),
  mine: Type.Object({
    consented: Type.Boolean(),
    addition: Type.Union([Type.String(), Type.Null()]),
  }),
  links: Type.Array(ReportLink),
  openings: Type.Array(
    Type.Object({
      id: Id,
      linkId: Id,
      openedAt: IsoTime,
      format: Type.Union([Type.Literal('page'), Type.Literal('pdf')]),
    }),
    { description: 'Every opening of a link to the report, newest first.' },
  ),
});

export const ReportList = Type.Object({ reports: Type.Array(Report) });

export const CreatedLink = Type.Object({
  id: Id,
  url: Type.String({ description: 'The link to give the counsellor; shown only now.' }),
  expiresAt: IsoTime,
});
