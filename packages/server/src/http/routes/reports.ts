import type { FastifyReply } from 'fastify';
import { AppError } from '../../errors.ts';
import { notOpen, readerLocale, renderReport, REPORT_HEADERS } from '../../report/render.ts';
import { CircleParams, errors } from '../schemas.ts';
import { HEADERS } from '../security-headers.ts';
import {
  AdditionBody,
  ConsentBody,
  CreatedLink,
  EmailBody,
  LinkBody,
  PrepareReportBody,
  Report,
  ReportLinkParams,
  ReportList,
  ReportFormatQuery,
  ReportParams,
  ReportTokenParams,
  SharedFormatQuery,
} from '../schemas-reports.ts';
import { requireUser } from '../session.ts';
import type { App, RouteContext } from '../types.ts';
import { originOf } from '../origin.ts';

const tags = ['reports'];

/** The security headers, but framing allowed by the app's own pages (security-headers.ts). */
const SAME_ORIGIN_FRAME = {
  'content-security-policy': (HEADERS['content-security-policy'] ?? '').replace(
    "frame-ancestors 'none'",
    "frame-ancestors 'self'",
  ),
  'x-frame-options': 'SAMEORIGIN',
};

const PageOrPdf = {
  description: 'The report as a printable page (text/html) or a PDF (application/pdf)',
  content: {
    'text/html': { schema: { type: 'string' } },
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  },
};

/** Reports for a counsellor, for the members they are about. */
export function reportRoutes(app: App, { services, config, clock }: RouteContext): void {
  app.post(
    '/circles/:circleId/reports',
    {
      schema: {
        tags,
        summary:
          'Prepare a report for a counsellor over a period: its contents are worked out now and kept as they are; it waits for everyone in it to agree',
        params: CircleParams,
        body: PrepareReportBody,
        response: { 201: Report, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.reports.prepare(
            requireUser(request),
            request.params.circleId,
            request.body,
          ),
        ),
  );
  app.get(
    '/circles/:circleId/reports',
    {
      schema: {
        tags,
        summary: 'The reports you are in, newest first',
        params: CircleParams,
        response: { 200: ReportList, ...errors(401, 404) },
      },
    },
    async (request) => ({
      reports: await services.reports.list(requireUser(request), request.params.circleId),
    }),
  );
  app.get(
    '/circles/:circleId/reports/:reportId',
    {
      schema: {
        tags,
        summary:
          'A report you are in: as JSON (what it contains, who agreed, its links and every opening of them), as a printable page (`format=page`, a draft until everyone agrees), or as a PDF once everyone agreed (`format=pdf`)',
        params: ReportParams,
        querystring: ReportFormatQuery,
        response: {
          200: {
            description: 'The report: JSON, a printable page or a PDF, as `format` asks',
            content: { 'application/json': { schema: Report }, ...PageOrPdf.content },
          },
          ...errors(400, 401, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { circleId, reportId } = request.params;
      const format = request.query.format ?? 'json';
      if (format === 'json') return services.reports.get(user, circleId, reportId);
      const report = await services.reports.forPrint(user, circleId, reportId, format);
      const agreed = report.status === 'agreed';
      const rendered = await renderReport(
        { ...report, agreed },
        {
          locale: user.locale ?? readerLocale(request.headers['accept-language']),
          format,
          now: clock.now(),
          pdfHref: agreed ? `/api/circles/${circleId}/reports/${reportId}?format=pdf` : null,
        },
      );
      // The app shows its members the page itself, in a frame of its own origin.
      return reply
        .headers({ ...REPORT_HEADERS, ...SAME_ORIGIN_FRAME })
        .header('content-language', rendered.language)
        .type(rendered.type)
        .send(rendered.body);
    },
  );
  app.post(
    '/circles/:circleId/reports/:reportId/consent',
    {
      schema: {
        tags,
        summary: 'Agree to share the report exactly as it is (your own agreement only)',
        params: ReportParams,
        body: ConsentBody,
        response: { 200: Report, ...errors(400, 401, 403, 404) },
      },
      // No body means an empty one: the caller agrees for themselves.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      services.reports.consent(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        request.body.memberId,
      ),
  );
  app.delete(
    '/circles/:circleId/reports/:reportId/consent',
    {
      schema: {
        tags,
        summary: 'Take your agreement back: every link to the report ends',
        params: ReportParams,
        response: { 200: Report, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.reports.withdraw(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
      ),
  );
  app.put(
    '/circles/:circleId/reports/:reportId/addition',
    {
      schema: {
        tags,
        summary:
          'Your words for the reader: the report changes, so every agreement and every link ends',
        params: ReportParams,
        body: AdditionBody,
        response: { 200: Report, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.reports.setAddition(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        request.body.text,
      ),
  );
  app.delete(
    '/circles/:circleId/reports/:reportId/addition',
    {
      schema: {
        tags,
        summary: 'Remove your words for the reader: every agreement and every link ends',
        params: ReportParams,
        response: { 200: Report, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.reports.setAddition(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        null,
      ),
  );
  app.put(
    '/circles/:circleId/reports/:reportId/email',
    {
      schema: {
        tags,
        summary:
          'The address the PDF may be emailed to: who receives it is part of what everyone agrees to, so every agreement and every link ends',
        params: ReportParams,
        body: EmailBody,
        response: { 200: Report, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.reports.setEmail(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        request.body.address,
      ),
  );
  app.delete(
    '/circles/:circleId/reports/:reportId/email',
    {
      schema: {
        tags,
        summary: 'Remove the address: every agreement and every link ends',
        params: ReportParams,
        response: { 200: Report, ...errors(401, 404) },
      },
    },
    async (request) =>
      services.reports.setEmail(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        null,
      ),
  );
  app.post(
    '/circles/:circleId/reports/:reportId/email/send',
    {
      schema: {
        tags,
        summary:
          'Email the PDF to the agreed address, once everyone agreed and when the server sends email; answered once the mail server took it',
        params: ReportParams,
        response: { 200: Report, ...errors(401, 404, 409, 503) },
      },
    },
    async (request) =>
      services.reports.sendEmail(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
      ),
  );
  app.post(
    '/circles/:circleId/reports/:reportId/links',
    {
      schema: {
        tags,
        summary:
          'A read-only link for a counsellor, once everyone agreed: no sign-in, open until it expires (at most 90 days) or is revoked',
        params: ReportParams,
        body: LinkBody,
        response: { 201: CreatedLink, ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const link = await services.reports.createLink(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        request.body.expiresInDays,
      );
      const origin = originOf(request, config);
      return reply
        .status(201)
        .send({ id: link.id, url: `${origin}/r/${link.token}`, expiresAt: link.expiresAt });
    },
  );
  app.delete(
    '/circles/:circleId/reports/:reportId/links/:linkId',
    {
      schema: {
        tags,
        summary: 'Revoke a link: it opens no more',
        params: ReportLinkParams,
        response: { 204: { type: 'null' }, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      await services.reports.revokeLink(
        requireUser(request),
        request.params.circleId,
        request.params.reportId,
        request.params.linkId,
      );
      return reply.status(204).send(null);
    },
  );
}

/**
 * The link a counsellor opens, outside `/api`: no sign-in, the page (or `?format=pdf`) once
 * everyone agreed and while the link is live, every opening logged; never indexed. Anything
 * else — revoked, expired, withdrawn, guessed or tampered with — is the same 404.
 */
export function reportLinkRoutes(app: App, { services, clock }: RouteContext): void {
  app.get(
    '/r/:token',
    {
      schema: {
        tags,
        summary:
          'A report shared by a link (no sign-in): a printable page, or the PDF with `format=pdf`; 404 once the link is revoked or expired or anyone withdrew',
        security: [],
        params: ReportTokenParams,
        querystring: SharedFormatQuery,
        response: { 200: PageOrPdf, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'page';
      const locale = readerLocale(request.headers['accept-language']);
      void reply.headers(REPORT_HEADERS);
      let shared;
      try {
        shared = await services.reports.open(request.params.token, format);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        const wantsPage = String(request.headers.accept ?? '').includes('text/html');
        if (!wantsPage) throw new AppError('not_found', 'This link is not open.');
        return notOpenAnswer(reply, notOpen(locale));
      }
      const rendered = await renderReport(
        { ...shared, agreed: true },
        { locale, format, now: clock.now(), pdfHref: `/r/${request.params.token}?format=pdf` },
      );
      return reply
        .header('content-language', rendered.language)
        .type(rendered.type)
        .send(rendered.body);
    },
  );
}

/** A link that does not open, for a person in a browser: a small page of its own, 404. */
const notOpenAnswer = (reply: FastifyReply, html: string) =>
  reply.status(404).type('text/html; charset=utf-8').send(html);
