import type { CareLanguage } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { ActRecord } from '../repositories/acts.ts';
import type { ChatSummaryRecord } from '../repositories/chat-summaries.ts';
import type { CircleWithMembers } from '../repositories/circles.ts';
import type { HandoverRecord } from '../repositories/handovers.ts';
import type { NeedRecord } from '../repositories/needs.ts';
import type { ReflectionRecord } from '../repositories/reflections.ts';
import type { ResponsibilityRecord } from '../repositories/responsibilities.ts';
import type { SeasonRecord } from '../repositories/seasons.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { ActsService } from './acts.ts';
import type { CareLanguagesService } from './care-languages.ts';
import type { ChatSummariesService } from './chat-summaries.ts';
import type { CheckinSchedulesService, ScheduleState } from './checkin-schedules.ts';
import type { CheckinsService, CheckinView } from './checkins.ts';
import type { CirclesService } from './circles.ts';
import { actsCsv } from './export-acts-csv.ts';
import type { LoadService } from './load.ts';
import type { NeedsService } from './needs.ts';
import type { NotificationsService, SettingsView } from './notifications.ts';
import type { ReflectionsService } from './reflections.ts';
import type { GuideView, RepairGuidesService } from './repair-guides.ts';
import type { RitualsService } from './rituals.ts';
import type { RupturesService, RuptureView } from './ruptures.ts';
import type { SeasonsService } from './seasons.ts';
import type { UpdatesService } from './updates.ts';
import type { UpdateView } from '../repositories/updates.ts';
import type { ValuesService, ValuesView } from './values.ts';
import type { AnsweredDayView, QuestionsService } from './questions.ts';
import type { ReportsService, ReportView } from './reports.ts';

/** The services an export reads through: the same reads a person makes through the API. */
export interface ExportSources<S> {
  readonly circles: CirclesService;
  readonly acts: ActsService;
  readonly reflections: ReflectionsService;
  readonly needs: NeedsService;
  readonly checkins: CheckinsService;
  readonly values: ValuesService;
  readonly ruptures: RupturesService;
  readonly repairGuides: RepairGuidesService;
  readonly seasons: SeasonsService;
  readonly load: LoadService;
  readonly rituals: RitualsService;
  readonly checkinSchedules: CheckinSchedulesService;
  readonly chatSummaries: ChatSummariesService<S>;
  readonly careLanguages: CareLanguagesService;
  readonly notifications: NotificationsService;
  readonly updates: UpdatesService;
  readonly questions: QuestionsService;
  readonly reports: ReportsService;
}

/** A rupture as the API shows it. */
type ExportedRupture = Omit<RuptureView, 'repairStartedByMemberId'>;
type ExportedRitual = Awaited<ReturnType<RitualsService['listWithCompletions']>>[number];

export interface CircleExport<S> {
  readonly circle: CircleWithMembers;
  readonly acts: ActRecord[];
  readonly reflections: ReflectionRecord[];
  readonly needs: NeedRecord[];
  readonly checkins: Omit<CheckinView, 'showSupport'>[];
  readonly valuesConversations: ValuesView[];
  readonly ruptures: ExportedRupture[];
  readonly repairGuides: Omit<GuideView, 'showSupport'>[];
  readonly seasons: SeasonRecord[];
  readonly responsibilities: ResponsibilityRecord[];
  readonly handovers: HandoverRecord[];
  readonly myLoadView: {
    memberId: string;
    perceivedShare: number | null;
    prefers: string[];
    cannot: string[];
  };
  readonly rituals: ExportedRitual[];
  readonly checkinSchedule: ScheduleState;
  readonly chatSummaries: ChatSummaryRecord<S>[];
  readonly dailyQuestions: AnsweredDayView[];
  /**
   * The reports for a counsellor the person is in, as the API shows them but for what each
   * contains: that is worked out from the rest of the export (the app shows it).
   */
  readonly reports: Omit<ReportView, 'contents'>[];
}

/** The export file; its format is documented by the JSON Schema in http/schemas-export.ts. */
export interface ExportDocument<S> {
  readonly format: 'recipro-export';
  readonly version: 3;
  readonly exportedAt: string;
  readonly account: {
    readonly user: UserRecord;
    readonly careLanguages: CareLanguage[];
    readonly notifications: SettingsView;
    readonly pushSubscriptions: { endpoint: string; createdAt: string }[];
    readonly updates: UpdateView[];
  };
  readonly circles: CircleExport<S>[];
}

export interface ActsCsvFile {
  readonly circle: { readonly id: string; readonly name: string };
  readonly exportedAt: string;
  readonly csv: string;
}

/**
 * "Own your data": everything a person can see, composed from the services the API uses, so the
 * export holds exactly what the API shows them and nothing more. Privacy is the services' and
 * repositories' (reflections read for their author only, answers hidden until revealed, private
 * notes blanked for others); this service only reads, and reads everything (no page limits).
 */
export class ExportService<S> {
  constructor(
    private readonly sources: ExportSources<S>,
    private readonly clock: Clock,
  ) {}

  async document(user: UserRecord): Promise<ExportDocument<S>> {
    const exportedAt = toIso(this.clock.now());
    const { careLanguages, notifications, circles, updates } = this.sources;
    const [ranked, settings, subscriptions, list, told] = await Promise.all([
      careLanguages.get(user),
      notifications.get(user),
      notifications.pushSubscriptions(user),
      circles.list(user),
      updates.everything(user),
    ]);
    const exported: CircleExport<S>[] = [];
    // One circle at a time: an export is rare, and other requests share the connections.
    for (const { id } of list) {
      const one = await this.circle(user, id);
      if (one) exported.push(one);
    }
    return {
      format: 'recipro-export',
      version: 3,
      exportedAt,
      account: {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          emailConfirmed: user.emailConfirmed,
          pendingEmail: user.pendingEmail,
          firstRun: user.firstRun,
          locale: user.locale,
          createdAt: user.createdAt,
        },
        careLanguages: ranked,
        notifications: settings,
        pushSubscriptions: subscriptions.map(({ endpoint, createdAt }) => ({
          endpoint,
          createdAt,
        })),
        updates: told,
      },
      circles: exported,
    };
  }

  /** The acts the person can see in one circle, as CSV (see export-acts-csv.ts). */
  async actsCsv(user: UserRecord, circleId: string): Promise<ActsCsvFile> {
    const exportedAt = toIso(this.clock.now());
    const circle = await this.sources.circles.get(user, circleId);
    const acts = await this.sources.acts.list(user, circleId, {});
    return {
      circle: { id: circle.id, name: circle.name },
      exportedAt,
      csv: actsCsv(acts, circle.members, user.locale),
    };
  }

  /** One circle as the person sees it; undefined when they left it while the export ran. */
  private async circle(user: UserRecord, circleId: string): Promise<CircleExport<S> | undefined> {
    const s = this.sources;
    try {
      const circle = await s.circles.get(user, circleId);
      const [acts, reflections, needs, checkins, valuesConversations, ruptures, seasons] =
        await Promise.all([
          // No limit: every act, not the API's first page.
          s.acts.list(user, circleId, {}),
          s.reflections.listMine(user, circleId),
          s.needs.list(user, circleId),
          s.checkins.list(user, circleId),
          s.values.list(user, circleId),
          s.ruptures.list(user, circleId),
          s.seasons.list(user, circleId),
        ]);
      const [
        responsibilities,
        handovers,
        load,
        rituals,
        checkinSchedule,
        chatSummaries,
        guides,
        dailyQuestions,
        reports,
      ] = await Promise.all([
        s.load.list(user, circleId),
        s.load.handovers(user, circleId),
        s.load.overview(user, circleId),
        s.rituals.listWithCompletions(user, circleId),
        s.checkinSchedules.get(user, circleId),
        s.chatSummaries.list(user, circleId),
        s.repairGuides.listAnswered(user, circleId),
        s.questions.answeredDays(user, circleId),
        s.reports.list(user, circleId),
      ]);
      return {
        circle,
        // Whether support was shown to the writer stays on their screen, never in a file.
        acts: acts.map(withoutSupport),
        reflections: reflections.map(withoutSupport),
        needs: needs.map(withoutSupport),
        checkins: checkins.map(withoutSupport),
        valuesConversations: valuesConversations.map(withoutSupport),
        // As the API presents a rupture: who started the repair is `startedByMemberId`.
        ruptures: ruptures.ruptures.map(({ repairStartedByMemberId: _same, ...r }) =>
          withoutSupport(r),
        ),
        repairGuides: guides.map(withoutSupport),
        seasons,
        responsibilities,
        handovers,
        myLoadView: { memberId: circle.myMemberId, ...load.mine },
        rituals,
        checkinSchedule,
        chatSummaries,
        dailyQuestions,
        reports: reports.map(({ contents: _derived, ...report }) => report),
      };
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return undefined;
      throw error;
    }
  }
}

/** An item as exported: without `showSupport`, which only the writer's own screen shows. */
function withoutSupport<T extends { readonly showSupport?: unknown }>(
  item: T,
): Omit<T, 'showSupport'> {
  const { showSupport: _shown, ...rest } = item;
  return rest;
}
