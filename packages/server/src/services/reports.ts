import { randomUUID } from 'node:crypto';
import {
  DAY_MS,
  PATTERN_WEEKS,
  isRevealed,
  reportContents,
  reportPeriodProblem,
  type InstrumentId,
  type ReportContents,
  type ReportSource,
} from '@recipro/core';
import { hashToken, newToken } from '../auth/tokens.ts';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError, notFound } from '../errors.ts';
import { counted, toCoreAct, type ActsRepository } from '../repositories/acts.ts';
import type { CheckinsRepository } from '../repositories/checkins.ts';
import type { MemberScope } from '../repositories/membership.ts';
import type {
  ReportLinkRecord,
  ReportOpeningRecord,
  ReportRecord,
  ReportsRepository,
} from '../repositories/reports.ts';
import type { ResponsibilitiesRepository } from '../repositories/responsibilities.ts';
import type { RitualsRepository } from '../repositories/rituals.ts';
import type { RupturesRepository } from '../repositories/ruptures.ts';
import type { SeasonsRepository } from '../repositories/seasons.ts';
import type { UserRecord } from '../repositories/users.ts';
import { occurrencesBetween } from '../rituals/schedule.ts';
import type { Mailer } from '../notify/mailer.ts';
import { wordsFor } from '../i18n/index.ts';
import { renderReport } from '../report/render.ts';
import type { CirclesService } from './circles.ts';

/** Longest a link to a report stays open. */
export const LINK_MAX_DAYS = 90;
/** Longest words a member adds for the reader. */
export const ADDITION_MAX_LENGTH = 4000;

export type ReportStatus = 'awaiting_consent' | 'agreed';

/** A report as its members see it: what it contains, who agreed, its links and openings. */
export interface ReportView {
  readonly id: string;
  readonly circleId: string;
  readonly status: ReportStatus;
  readonly from: string;
  readonly to: string;
  readonly preparedByMemberId: string;
  readonly createdAt: string;
  /** Where everyone agreed the PDF may be emailed, when it last was, and whether email is on. */
  readonly email: { to: string | null; sentAt: string | null; available: boolean };
  readonly members: { id: string; name: string; consented: boolean }[];
  readonly contents: ReportContents;
  readonly additions: { memberId: string; text: string; writtenAt: string }[];
  readonly mine: { consented: boolean; addition: string | null };
  readonly links: (ReportLinkRecord & { open: boolean })[];
  readonly openings: ReportOpeningRecord[];
}

/** What a link shows: the report, once everyone agreed, with nothing about its links. */
export interface SharedReport {
  readonly contents: ReportContents;
  readonly additions: { memberId: string; text: string }[];
}

const statusOf = (r: ReportRecord): ReportStatus =>
  r.memberIds.every((id) => r.consents.some((c) => c.memberId === id))
    ? 'agreed'
    : 'awaiting_consent';

/**
 * Reports for a counsellor (issue 18). Any member prepares one for a period; its contents are
 * worked out then, by core's `reportContents` from the circle's shared record, and frozen, so
 * that what each member agrees to is exactly what is shown. It is about the members of the
 * circle at that moment and is shared only once every one of them agrees; a link opens only
 * then, until it expires or is revoked, and withdrawing an agreement ends every link. Someone
 * who joins later is not in it (and does not see it); someone who leaves takes it with them
 * (DeparturesRepository deletes every report they are in).
 */
export class ReportsService {
  constructor(
    private readonly repositories: {
      reports: ReportsRepository;
      acts: ActsRepository;
      checkins: CheckinsRepository;
      ruptures: RupturesRepository;
      seasons: SeasonsRepository;
      responsibilities: ResponsibilitiesRepository;
      rituals: RitualsRepository;
    },
    private readonly circles: CirclesService,
    private readonly clock: Clock,
    /** Null when the server sends no email (no SMTP configured). */
    private readonly mailer: Mailer | null = null,
  ) {}

  async prepare(
    user: UserRecord,
    circleId: string,
    period: { from: string; to: string },
  ): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    const now = this.clock.now();
    const window = { from: dayStart(period.from, 'from'), to: dayStart(period.to, 'to') };
    const problem = reportPeriodProblem(window, now);
    if (problem !== null) {
      const field = problem === 'not_started' ? 'from' : 'to';
      throw new AppError('validation_failed', PERIOD_PROBLEMS[problem], {
        details: [{ field, code: problem }],
      });
    }
    const source = await this.source(scope, window, now);
    const id = randomUUID();
    await this.repositories.reports.create(scope, {
      id,
      from: toIso(window.from),
      to: toIso(window.to),
      memberIds: source.members.map((m) => m.id),
      contents: reportContents(source),
      createdAt: toIso(now),
    });
    return this.view(scope, await this.mustFind(scope, id));
  }

  async list(user: UserRecord, circleId: string): Promise<ReportView[]> {
    const scope = await this.circles.scope(user, circleId);
    const reports = await this.repositories.reports.list(scope);
    return Promise.all(reports.map((r) => this.view(scope, r)));
  }

  async get(user: UserRecord, circleId: string, reportId: string): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /**
   * The caller agrees to the report as it is. An agreement is each member's own: one given for
   * anyone else is refused.
   */
  async consent(
    user: UserRecord,
    circleId: string,
    reportId: string,
    forMemberId?: string,
  ): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustFind(scope, reportId);
    if (forMemberId !== undefined && forMemberId !== scope.memberId) {
      throw new AppError('forbidden', 'Each person agrees for themselves only.', {
        details: [{ field: 'memberId', message: 'is not you' }],
      });
    }
    await this.repositories.reports.consent(scope, reportId, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /** The caller takes their agreement back: every link to the report ends. */
  async withdraw(user: UserRecord, circleId: string, reportId: string): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustFind(scope, reportId);
    await this.repositories.reports.withdraw(scope, reportId, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /**
   * Sets (or, with null, removes) the caller's words for the reader. The report then is not
   * what anyone agreed to: every agreement and every link ends.
   */
  async setAddition(
    user: UserRecord,
    circleId: string,
    reportId: string,
    text: string | null,
  ): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustFind(scope, reportId);
    if (text !== null && text.trim() === '') {
      throw new AppError(
        'validation_failed',
        'Write something for the reader, or remove your words.',
        {
          details: [{ field: 'text', code: 'empty' }],
        },
      );
    }
    await this.repositories.reports.setAddition(scope, reportId, text, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /**
   * Sets (or, with null, removes) the address the PDF may be emailed to: who receives it is part
   * of what everyone agrees to, so every agreement and every link ends.
   */
  async setEmail(
    user: UserRecord,
    circleId: string,
    reportId: string,
    address: string | null,
  ): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustFind(scope, reportId);
    await this.repositories.reports.setEmail(scope, reportId, address, toIso(this.clock.now()));
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /**
   * Emails the PDF to the address everyone agreed to, once they all have, when the server sends
   * email; answered once the mail server has taken it. In the sender's language when the PDF can
   * be written in it (report/pdf.ts).
   */
  async sendEmail(user: UserRecord, circleId: string, reportId: string): Promise<ReportView> {
    const scope = await this.circles.scope(user, circleId);
    const report = await this.mustFind(scope, reportId);
    if (!this.mailer) {
      throw new AppError('conflict', 'This server does not send email.');
    }
    if (report.email.to === null) {
      throw new AppError('conflict', 'Agree on an address for the report first.');
    }
    if (statusOf(report) !== 'agreed') {
      throw new AppError('conflict', 'The report can be emailed once everyone in it has agreed.');
    }
    const now = this.clock.now();
    const pdf = await renderReport(
      { ...shared(report), agreed: true },
      { locale: user.locale ?? 'en', format: 'pdf', now, pdfHref: null },
    );
    const words = wordsFor(pdf.language);
    try {
      await this.mailer.send({
        to: report.email.to,
        language: pdf.language,
        subject: words.t('report.email.subject'),
        text: words.t('report.email.body', {
          names: words.list(report.contents.members.map((m) => m.name)),
        }),
        attachments: [
          {
            filename: 'report.pdf',
            content: Buffer.from(pdf.body),
            contentType: 'application/pdf',
          },
        ],
      });
    } catch (error) {
      throw new AppError('unavailable', 'The email could not be sent just now; nothing was sent.', {
        cause: error,
      });
    }
    await this.repositories.reports.markEmailed(scope, reportId, toIso(now));
    return this.view(scope, await this.mustFind(scope, reportId));
  }

  /** A read-only link for a counsellor, once everyone agreed; the token is shown only now. */
  async createLink(
    user: UserRecord,
    circleId: string,
    reportId: string,
    expiresInDays: number,
  ): Promise<{ id: string; token: string; expiresAt: string }> {
    const scope = await this.circles.scope(user, circleId);
    const report = await this.mustFind(scope, reportId);
    if (statusOf(report) !== 'agreed') {
      throw new AppError('conflict', 'A link can be made once everyone in the report has agreed.');
    }
    const now = this.clock.now();
    const token = newToken();
    const link = await this.repositories.reports.createLink(scope, reportId, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      createdAt: toIso(now),
      expiresAt: toIso(now + expiresInDays * DAY_MS),
    });
    return { id: link.id, token, expiresAt: link.expiresAt };
  }

  async revokeLink(
    user: UserRecord,
    circleId: string,
    reportId: string,
    linkId: string,
  ): Promise<void> {
    const scope = await this.circles.scope(user, circleId);
    await this.mustFind(scope, reportId);
    const link = await this.repositories.reports.revokeLink(
      scope,
      reportId,
      linkId,
      toIso(this.clock.now()),
    );
    if (!link) throw notFound('That link');
  }

  /**
   * What a link shows, logging the opening; not found unless the link is live (neither expired
   * nor revoked) and everyone in the report agrees — a guessed, tampered, revoked or expired
   * token all read the same.
   */
  async open(token: string, format: 'page' | 'pdf'): Promise<SharedReport> {
    const found = await this.repositories.reports.byTokenHash(hashToken(token));
    const now = this.clock.now();
    if (!found || !isOpen(found.link, now) || statusOf(found.report) !== 'agreed') {
      throw notFound('That report');
    }
    await this.repositories.reports.logOpening(found.link, {
      id: randomUUID(),
      at: toIso(now),
      format,
    });
    return shared(found.report);
  }

  /** A member's printable copy: the PDF only once everyone agreed. */
  async forPrint(
    user: UserRecord,
    circleId: string,
    reportId: string,
    format: 'page' | 'pdf',
  ): Promise<SharedReport & { status: ReportStatus }> {
    const scope = await this.circles.scope(user, circleId);
    const report = await this.mustFind(scope, reportId);
    const status = statusOf(report);
    if (format === 'pdf' && status !== 'agreed') {
      throw new AppError('conflict', 'The PDF can be made once everyone in the report has agreed.');
    }
    return { ...shared(report), status };
  }

  private async mustFind(scope: MemberScope, id: string): Promise<ReportRecord> {
    const report = await this.repositories.reports.find(scope, id);
    if (!report) throw notFound('That report');
    return report;
  }

  private async view(scope: MemberScope, report: ReportRecord): Promise<ReportView> {
    const [links, openings] = await Promise.all([
      this.repositories.reports.links(scope, report.id),
      this.repositories.reports.openings(scope, report.id),
    ]);
    const now = this.clock.now();
    const agreed = (id: string) => report.consents.some((c) => c.memberId === id);
    return {
      id: report.id,
      circleId: report.circleId,
      status: statusOf(report),
      from: report.from,
      to: report.to,
      preparedByMemberId: report.preparedByMemberId,
      createdAt: report.createdAt,
      email: { ...report.email, available: this.mailer !== null },
      members: report.contents.members.map((m) => ({ ...m, consented: agreed(m.id) })),
      contents: report.contents,
      additions: report.additions,
      mine: {
        consented: agreed(scope.memberId),
        addition: report.additions.find((a) => a.memberId === scope.memberId)?.text ?? null,
      },
      links: links.map((l) => ({ ...l, open: isOpen(l, now) })),
      openings,
    };
  }

  /** The circle's record over the period, read through the caller's membership. */
  private async source(
    scope: MemberScope,
    period: { from: number; to: number },
    now: number,
  ): Promise<ReportSource> {
    const { acts, checkins, ruptures, seasons, responsibilities, rituals } = this.repositories;
    const circle = await this.circles.getScoped(scope);
    const [actRows, seasonRows, rounds, values, ruptureRows, items, ritualRows, completions] =
      await Promise.all([
        acts.list(scope.userId, scope.circleId, {
          from: toIso(period.from - PATTERN_WEEKS * 7 * DAY_MS),
          to: toIso(period.to),
        }),
        seasons.list(scope, 'active'),
        checkins.list(scope, 'instruments'),
        checkins.list(scope, 'values'),
        ruptures.list(scope),
        responsibilities.list(scope),
        rituals.list(scope),
        rituals.circleCompletions(scope),
      ]);
    // Answers are asked for only once the reveal rule holds, as the check-in screens do.
    const revealedAnswers = async (r: (typeof rounds)[number]) =>
      isRevealed({
        closed: r.closedAt !== null,
        memberCount: r.memberCount,
        answeredCount: r.answeredCount,
      })
        ? checkins.answersForReveal(scope, r.id)
        : [];
    const inPeriod = (r: { createdAt: string }) => {
      const at = fromIso(r.createdAt);
      return at >= period.from && at < period.to;
    };
    const checkinSources = await Promise.all(
      rounds.filter(inPeriod).map(async (r) => ({
        id: r.id,
        instrument: r.instrument as InstrumentId,
        openedAt: fromIso(r.createdAt),
        closed: r.closedAt !== null,
        memberCount: r.memberCount,
        answers: (await revealedAnswers(r)).map((a) => ({
          memberId: a.memberId,
          positions: a.positions,
          total: a.total,
          note: a.note,
        })),
      })),
    );
    const valuesSources = await Promise.all(
      values.filter(inPeriod).map(async (r) => ({
        id: r.id,
        openedAt: fromIso(r.createdAt),
        closed: r.closedAt !== null,
        memberCount: r.memberCount,
        answers: (await revealedAnswers(r)).map((a) => ({
          memberId: a.memberId,
          texts: a.texts ?? [],
        })),
      })),
    );
    return {
      kind: circle.kind,
      period,
      members: circle.members.map((m) => ({ id: m.id, name: m.name })),
      // A questioned act is out, as everywhere, until its giver changes or withdraws it.
      acts: counted(actRows).map(toCoreAct),
      seasons: seasonRows.map((s) => ({
        id: s.id,
        memberId: s.memberId,
        kind: s.kind,
        startsAt: fromIso(s.startsAt),
        endsAt: s.endsAt === null ? null : fromIso(s.endsAt),
        note: s.note,
      })),
      checkins: checkinSources,
      values: valuesSources,
      ruptures: ruptureRows.map((r) => ({
        id: r.id,
        occurredAt: fromIso(r.occurredAt),
        note: r.note,
        notePrivate: r.notePrivate,
        repairStartedByMemberId: r.repairStartedByMemberId,
        involvedMemberIds: r.involvedMemberIds,
        repairedAt: r.repairedAt === null ? null : fromIso(r.repairedAt),
        repairedBy: r.repairedBy,
      })),
      responsibilities: items,
      rituals: ritualRows.map((r) => {
        const since = Math.max(period.from, fromIso(r.createdAt));
        return {
          id: r.id,
          kind: r.kind,
          occurrences: occurrencesBetween(r, since, Math.min(period.to, now)),
          completions: completions.filter((c) => c.ritualId === r.id).map((c) => fromIso(c.at)),
        };
      }),
    };
  }
}

const PERIOD_PROBLEMS = {
  empty: 'The period is empty: `to` must be after `from`.',
  inverted: 'The period runs backwards: `to` must be after `from`.',
  too_long: 'A report covers at most 366 days.',
  not_started: 'The period has not started yet.',
  not_ended: 'A report covers days that have begun: `to` is at most tomorrow.',
} as const;

/** A YYYY-MM-DD date (already checked by the route's schema) as the start of that UTC day. */
function dayStart(date: string, field: 'from' | 'to'): number {
  const at = Date.parse(`${date}T00:00:00.000Z`);
  if (!Number.isFinite(at) || new Date(at).toISOString().slice(0, 10) !== date) {
    throw new AppError('validation_failed', 'That is not a date.', {
      details: [{ field, code: 'not_a_date' }],
    });
  }
  return at;
}

const isOpen = (link: ReportLinkRecord, now: number): boolean =>
  link.revokedAt === null && fromIso(link.expiresAt) > now;

const shared = (r: ReportRecord): SharedReport => ({
  contents: r.contents,
  additions: r.additions.map((a) => ({ memberId: a.memberId, text: a.text })),
});
