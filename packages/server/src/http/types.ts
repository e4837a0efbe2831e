import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ChatSummary } from '@recipro/chat';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Clock } from '../clock.ts';
import type { CircleReads } from './circle-reads.ts';
import type { Config } from '../config.ts';
import type { Dialect } from '../db/database.ts';
import type { UserRecord } from '../repositories/users.ts';
import type { ActsService } from '../services/acts.ts';
import type { AuthService } from '../services/auth.ts';
import type { PasswordResetService } from '../services/password-reset.ts';
import type { ProfileService } from '../services/profile.ts';
import type { RateLimiter } from '../services/rate-limits.ts';
import type { SessionsService } from '../services/sessions.ts';
import type { RequestKeysService } from '../services/request-keys.ts';
import type { CheckinsService } from '../services/checkins.ts';
import type { CirclesService } from '../services/circles.ts';
import type { NeedsService } from '../services/needs.ts';
import type { ReflectionsService } from '../services/reflections.ts';
import type { RupturesService } from '../services/ruptures.ts';
import type { RepairGuidesService } from '../services/repair-guides.ts';
import type { ValuesService } from '../services/values.ts';
import type { ReviewService } from '../services/review.ts';
import type { BalanceService } from '../services/balance.ts';
import type { CareLanguagesService } from '../services/care-languages.ts';
import type { SeasonsService } from '../services/seasons.ts';
import type { LoadService } from '../services/load.ts';
import type { NotificationsService } from '../services/notifications.ts';
import type { RitualsService } from '../services/rituals.ts';
import type { ChatSummariesService } from '../services/chat-summaries.ts';
import type { CheckinSchedulesService } from '../services/checkin-schedules.ts';
import type { DeparturesService } from '../services/departures.ts';
import type { ExportService } from '../services/export.ts';
import type { UpdatesService } from '../services/updates.ts';
import type { QuestionsService } from '../services/questions.ts';
import type { ReadinessService } from '../services/readiness.ts';
import type { ReportsService } from '../services/reports.ts';

/** The Fastify instance with TypeBox schemas as its type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Everything a route may call: one service per concept. */
export interface Services {
  readonly auth: AuthService;
  readonly sessions: SessionsService;
  /** Idempotency-Keys of signed-in writes other than logging an act. */
  readonly requestKeys: RequestKeysService;
  readonly profile: ProfileService;
  readonly passwordReset: PasswordResetService;
  readonly rateLimits: RateLimiter;
  readonly circles: CirclesService;
  readonly acts: ActsService;
  readonly checkins: CheckinsService;
  readonly reflections: ReflectionsService;
  readonly needs: NeedsService;
  readonly ruptures: RupturesService;
  readonly repairGuides: RepairGuidesService;
  readonly values: ValuesService;
  readonly review: ReviewService;
  readonly balance: BalanceService;
  readonly seasons: SeasonsService;
  readonly careLanguages: CareLanguagesService;
  readonly load: LoadService;
  readonly rituals: RitualsService;
  readonly notifications: NotificationsService;
  readonly chatSummaries: ChatSummariesService<ChatSummary>;
  readonly checkinSchedules: CheckinSchedulesService;
  readonly departures: DeparturesService;
  readonly updates: UpdatesService;
  readonly questions: QuestionsService;
  readonly exports: ExportService<ChatSummary>;
  readonly readiness: ReadinessService;
  /** Reports for a counsellor, their agreements and links. */
  readonly reports: ReportsService;
}

export interface AppContext {
  readonly config: Config;
  readonly services: Services;
  readonly dialect: Dialect;
  readonly clock: Clock;
}

/** What routes are given: the app's context and the reads kept in memory (circle-reads.ts). */
export interface RouteContext extends AppContext {
  readonly reads: CircleReads;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the session hook before any handler runs. */
    user: UserRecord | null;
    /** The raw session token from the cookie, when there is one. */
    sessionToken: string | null;
  }
}
