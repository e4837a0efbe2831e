/**
 * Typed client for reports for a counsellor (issue 18): prepare one for a period, agree or take
 * the agreement back, add words for the reader, make and revoke read-only links. Errors arrive
 * as ApiError, like the rest of the client (api.ts).
 */
import { api, type Reply } from './api/typed.ts';

export type Report = Reply<'get', '/api/circles/{circleId}/reports'>['reports'][number];
export type ReportLink = Report['links'][number];
export type CreatedLink = Reply<'post', '/api/circles/{circleId}/reports/{reportId}/links'>;

export const listReports = (circleId: string) =>
  api.get('/api/circles/{circleId}/reports', { path: { circleId } }).then((r) => r.reports);

/** `to` is the day after the last one (UTC dates, YYYY-MM-DD). */
export const prepareReport = (circleId: string, from: string, to: string) =>
  api.post('/api/circles/{circleId}/reports', { path: { circleId }, body: { from, to } });

export const agreeToReport = (circleId: string, reportId: string) =>
  api.post('/api/circles/{circleId}/reports/{reportId}/consent', {
    path: { circleId, reportId },
    body: {},
  });

export const withdrawFromReport = (circleId: string, reportId: string) =>
  api.delete('/api/circles/{circleId}/reports/{reportId}/consent', {
    path: { circleId, reportId },
  });

export const setReportWords = (circleId: string, reportId: string, text: string | null) =>
  text === null
    ? api.delete('/api/circles/{circleId}/reports/{reportId}/addition', {
        path: { circleId, reportId },
      })
    : api.put('/api/circles/{circleId}/reports/{reportId}/addition', {
        path: { circleId, reportId },
        body: { text },
      });

export const makeReportLink = (circleId: string, reportId: string, expiresInDays: number) =>
  api.post('/api/circles/{circleId}/reports/{reportId}/links', {
    path: { circleId, reportId },
    body: { expiresInDays },
  });

export const revokeReportLink = (circleId: string, reportId: string, linkId: string) =>
  api.delete('/api/circles/{circleId}/reports/{reportId}/links/{linkId}', {
    path: { circleId, reportId, linkId },
  });

/** The report as its printable page, for the frame that shows members exactly what it holds. */
export const reportPageUrl = (circleId: string, reportId: string) =>
  `/api/circles/${encodeURIComponent(circleId)}/reports/${encodeURIComponent(reportId)}?format=page`;

/** The address the PDF may be emailed to (null removes it): everyone is asked to agree again. */
export const setReportEmail = (circleId: string, reportId: string, address: string | null) =>
  address === null
    ? api.delete('/api/circles/{circleId}/reports/{reportId}/email', {
        path: { circleId, reportId },
      })
    : api.put('/api/circles/{circleId}/reports/{reportId}/email', {
        path: { circleId, reportId },
        body: { address },
      });

export const emailReport = (circleId: string, reportId: string) =>
  api.post('/api/circles/{circleId}/reports/{reportId}/email/send', {
    path: { circleId, reportId },
  });
