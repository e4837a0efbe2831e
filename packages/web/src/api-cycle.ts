/**
 * Typed client for the RECIPRO cycle: check-ins, reflections, needs, the values conversation,
 * ruptures and the monthly review. Same request helper and error shape as api.ts.
 */
import type { CircleKind, InstrumentId, Instrument } from '@recipro/core';
import { query, request, type IsoTime } from './api.ts';

export type { InstrumentId, Instrument, InstrumentItem } from '@recipro/core';

export type RoundStatus = 'open' | 'revealed' | 'closed';

export interface CheckinResult {
  readonly memberId: string;
  readonly score: number | null;
  /** Positions in item order; null where the item is private or was not answered. */
  readonly answers: readonly (number | null)[];
}

export interface Checkin {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly instrumentVersion: number;
  readonly status: RoundStatus;
  readonly createdAt: IsoTime;
  readonly closedAt: IsoTime | null;
  readonly memberCount: number;
  readonly answeredCount: number;
  readonly openedBy: string;
  readonly openedByMe: boolean;
  /** Whether you may close it from `closableFrom`: its opener, or once they left, those there then. */
  readonly closableByMe: boolean;
  /** Before this, it waits for everyone; after it, it may be closed. */
  readonly closableFrom: IsoTime;
  readonly mine: {
    readonly answers: readonly number[];
    readonly note: string | null;
    readonly answeredAt: IsoTime;
  } | null;
  readonly showSupport: boolean;
  readonly results?: readonly CheckinResult[];
  readonly thingsToTalkAbout?: readonly string[];
}

export interface TrendStep {
  readonly from: number;
  readonly to: number;
  readonly change: number;
  readonly direction: string;
}

export interface CheckinHistory {
  readonly checkins: readonly {
    readonly id: string;
    readonly instrument: InstrumentId;
    readonly status: RoundStatus;
    readonly createdAt: IsoTime;
    readonly memberCount: number;
    readonly answeredCount: number;
    readonly answeredByMe: boolean;
  }[];
  readonly trends: Partial<
    Record<InstrumentId, { readonly totals: readonly (number | null)[]; latest: TrendStep | null }>
  >;
}

export interface Prompt {
  readonly id: string;
  readonly text: string;
}

export interface Prompts {
  readonly reflection: readonly (Prompt & { readonly theme: string })[];
  readonly needsStarters: readonly Prompt[];
  readonly values: readonly (Prompt & { readonly topic: string })[];
}

export interface Reflection {
  readonly id: string;
  readonly circleId: string;
  readonly promptId: string | null;
  readonly text: string;
  readonly createdAt: IsoTime;
  /** Only on the writer's own reads: their words suggest fear or harm (see SupportCard). */
  readonly showSupport?: boolean;
}

export interface Need {
  readonly id: string;
  readonly circleId: string;
  readonly authorMemberId: string;
  readonly starterId: string | null;
  readonly text: string;
  readonly shared: boolean;
  readonly createdAt: IsoTime;
  readonly thankedBy: readonly string[];
  /** Only on the writer's own reads: their words suggest fear or harm (see SupportCard). */
  readonly showSupport?: boolean;
}

export interface ValuesRound {
  readonly id: string;
  readonly status: RoundStatus;
  readonly createdAt: IsoTime;
  readonly memberCount: number;
  readonly answeredCount: number;
  readonly questions: readonly {
    readonly id: string;
    readonly topic: string;
    readonly text: string;
  }[];
  readonly mine: { readonly answers: readonly string[]; readonly answeredAt: IsoTime } | null;
  readonly results?: readonly { readonly memberId: string; readonly answers: readonly string[] }[];
  readonly thingsToTalkAbout?: readonly string[];
  /** Only on the writer's own reads: their words suggest fear or harm (see SupportCard). */
  readonly showSupport?: boolean;
}

export interface Rupture {
  readonly id: string;
  readonly circleId: string;
  readonly loggedByMemberId: string;
  readonly note: string | null;
  readonly notePrivate: boolean;
  readonly occurredAt: IsoTime;
  readonly createdAt: IsoTime;
  readonly repairStartedAt: IsoTime | null;
  readonly repairedAt: IsoTime | null;
  /** The members involved, and those of them who have said "repaired for me". */
  readonly involvedMemberIds: readonly string[];
  readonly repairedBy: readonly string[];
  readonly startedByMemberId: string | null;
  readonly secondsToRepair: number | null;
  /** Only on the writer's own reads: their words suggest fear or harm (see SupportCard). */
  readonly showSupport?: boolean;
}

export interface RepairStats {
  readonly ruptures: number;
  readonly repaired: number;
  readonly startedShares: readonly {
    readonly memberId: string;
    readonly started: number;
    readonly share: number;
  }[];
  readonly medianSecondsToRepair: number | null;
  readonly withinGoalShare: number | null;
}

export interface MonthActs {
  readonly acts: number;
  readonly effort: number;
  readonly noticedRate: number | null;
  readonly pairs: readonly {
    readonly fromMemberId: string;
    readonly toMemberId: string;
    readonly acts: number;
    readonly effort: number;
    readonly noticed: number;
  }[];
}

export interface Review {
  readonly month: string;
  readonly from: IsoTime;
  readonly to: IsoTime;
  readonly acts: MonthActs;
  readonly previous: MonthActs;
  readonly repair: RepairStats;
  readonly myCheckins: Readonly<Record<string, readonly (number | null)[]>>;
  readonly changes: { readonly acts: string; readonly noticedRate: string | null };
  readonly sentences: readonly string[];
}

const enc = encodeURIComponent;
const circlePath = (circleId: string) => `/api/circles/${enc(circleId)}`;

/** An instrument, worded for a circle of this kind (recipro's own items speak its words). */
export const getInstrument = (id: InstrumentId, kind: CircleKind) =>
  request<Instrument>('GET', `/api/instruments/${enc(id)}?kind=${enc(kind)}`);

/** Reflection prompts, needs starters and values questions, worded for the circle's kind. */
export const getPrompts = (kind: CircleKind) =>
  request<Prompts>('GET', `/api/prompts${query({ kind })}`);

export const openCheckin = (circleId: string, instrument: InstrumentId) =>
  request<Checkin>('POST', `${circlePath(circleId)}/checkins`, { instrument });

/** Whether check-ins open by themselves (every week or month, UTC periods). */
export type CheckinSchedule =
  { cadence: 'off' } | { cadence: 'weekly' | 'monthly'; instrument: InstrumentId };

/**
 * The schedule as the circle is told it: `stopped` names a schedule kept from before the CSI was
 * for couples only, which no longer opens check-ins in this circle.
 */
export type CheckinScheduleState =
  | CheckinSchedule
  | {
      cadence: 'off';
      stopped: {
        cadence: 'weekly' | 'monthly';
        instrument: InstrumentId;
        code: 'not_for_circle_kind';
      };
    };

export const getCheckinSchedule = (circleId: string) =>
  request<CheckinScheduleState>('GET', `${circlePath(circleId)}/checkin-schedule`);

export const setCheckinSchedule = (circleId: string, schedule: CheckinSchedule) =>
  request<CheckinSchedule>('PUT', `${circlePath(circleId)}/checkin-schedule`, schedule);

export const listCheckins = (circleId: string) =>
  request<CheckinHistory>('GET', `${circlePath(circleId)}/checkins`);

/** Closes a check-in: what was answered is revealed, and nobody else can answer it. */
export const closeCheckin = (circleId: string, checkinId: string) =>
  request<Checkin>('POST', `${circlePath(circleId)}/checkins/${enc(checkinId)}/close`);

export const getCheckin = (circleId: string, checkinId: string) =>
  request<Checkin>('GET', `${circlePath(circleId)}/checkins/${enc(checkinId)}`);

export const answerCheckin = (
  circleId: string,
  checkinId: string,
  body: { readonly answers: readonly number[]; readonly note?: string },
) => request<Checkin>('POST', `${circlePath(circleId)}/checkins/${enc(checkinId)}/answers`, body);

export const writeReflection = (circleId: string, body: { text: string; promptId?: string }) =>
  request<Reflection>('POST', `${circlePath(circleId)}/reflections`, body);

export const listReflections = (circleId: string) =>
  request<{ reflections: Reflection[] }>('GET', `${circlePath(circleId)}/reflections`).then(
    (body) => body.reflections,
  );

/** Deletes one of the member's own reflections. */
export const deleteReflection = (circleId: string, reflectionId: string) =>
  request<undefined>('DELETE', `${circlePath(circleId)}/reflections/${enc(reflectionId)}`);

export const expressNeed = (
  circleId: string,
  body: { text: string; starterId?: string; shared: boolean },
) => request<Need>('POST', `${circlePath(circleId)}/needs`, body);

export const listNeeds = (circleId: string) =>
  request<{ needs: Need[] }>('GET', `${circlePath(circleId)}/needs`).then((body) => body.needs);

export const thankNeed = (circleId: string, needId: string) =>
  request<Need>('POST', `${circlePath(circleId)}/needs/${enc(needId)}/thanks`);

/** Shares one's own need with the circle, or makes a shared one private again. */
export const setNeedShared = (circleId: string, needId: string, shared: boolean) =>
  request<Need>('PATCH', `${circlePath(circleId)}/needs/${enc(needId)}`, { shared });

/** Deletes one's own need; the circle no longer sees it. */
export const deleteNeed = (circleId: string, needId: string) =>
  request<undefined>('DELETE', `${circlePath(circleId)}/needs/${enc(needId)}`);

export const startValues = (circleId: string) =>
  request<ValuesRound>('POST', `${circlePath(circleId)}/values`);

export const listValues = (circleId: string) =>
  request<{ conversations: ValuesRound[] }>('GET', `${circlePath(circleId)}/values`).then(
    (body) => body.conversations,
  );

export const answerValues = (circleId: string, roundId: string, answers: readonly string[]) =>
  request<ValuesRound>('POST', `${circlePath(circleId)}/values/${enc(roundId)}/answers`, {
    answers,
  });

export const logRupture = (circleId: string, body: { note?: string; notePrivate: boolean }) =>
  request<Rupture>('POST', `${circlePath(circleId)}/ruptures`, body);

export const listRuptures = (circleId: string) =>
  request<{ ruptures: Rupture[]; stats: RepairStats }>('GET', `${circlePath(circleId)}/ruptures`);

export const resetRupture = (circleId: string, ruptureId: string) =>
  request<Rupture>('POST', `${circlePath(circleId)}/ruptures/${enc(ruptureId)}/reset`);

export const repairRupture = (circleId: string, ruptureId: string) =>
  request<Rupture>('POST', `${circlePath(circleId)}/ruptures/${enc(ruptureId)}/repair`);

/** Removes the note of a hard moment one logged; the moment and its repair stay. */
export const removeRuptureNote = (circleId: string, ruptureId: string) =>
  request<Rupture>('DELETE', `${circlePath(circleId)}/ruptures/${enc(ruptureId)}/note`);

export const getReview = (circleId: string, month: string) =>
  request<Review>('GET', `${circlePath(circleId)}/review?month=${enc(month)}`);
