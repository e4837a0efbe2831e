/**
 * Typed client for the load divider, rituals and reminders (issue 6): responsibilities and
 * their owners per stage, load shares and hand-overs, rituals, reminder channels and the
 * calendar feed. Errors arrive as ApiError, like the rest of the client (api.ts).
 */
import type {
  CircleKind,
  Effort,
  Frequency,
  ResponsibilityArea,
  RitualKind,
  Stage,
} from '@recipro/core';
import { query, request, type IsoTime } from './api.ts';

const enc = encodeURIComponent;
const circle = (circleId: string) => `/api/circles/${enc(circleId)}`;

export type Owners = Readonly<Record<Stage, string | null>>;

export interface CatalogueItem {
  readonly id: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
}

export interface Responsibility {
  readonly id: string;
  readonly circleId: string;
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
  readonly catalogueId: string | null;
  readonly owners: Owners;
  readonly createdAt: IsoTime;
  readonly updatedAt: IsoTime;
}

export interface NewResponsibility {
  readonly title: string;
  readonly area: ResponsibilityArea;
  readonly frequency: Frequency;
  readonly effort: Effort;
  readonly owners?: Partial<Owners>;
}

export interface MemberLoad {
  readonly memberId: string;
  readonly share: number;
  readonly invisibleShare: number;
  readonly load: number;
  readonly invisibleLoad: number;
}

export interface Suggestion {
  readonly responsibilityId: string;
  readonly stage: Stage;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly giniBefore: number;
  readonly giniAfter: number;
}

export interface LoadOverview {
  readonly members: readonly MemberLoad[];
  readonly gini: number;
  readonly unownedLoad: number;
  readonly perceived: readonly {
    readonly memberId: string;
    readonly perceived: number | null;
    readonly inventory: number;
  }[];
  readonly suggestions: readonly Suggestion[];
  /** My own view as I last saved it. */
  readonly mine: {
    readonly perceivedShare: number | null;
    readonly prefers: readonly ResponsibilityArea[];
    readonly cannot: readonly ResponsibilityArea[];
  };
}

export interface MyLoadView {
  readonly memberId: string;
  readonly perceivedShare: number | null;
  readonly prefers: readonly ResponsibilityArea[];
  readonly cannot: readonly ResponsibilityArea[];
}

export interface Handover {
  readonly id: string;
  readonly circleId: string;
  readonly responsibilityId: string;
  readonly stage: Stage;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly proposedByMemberId: string;
  readonly status: 'proposed' | 'accepted' | 'declined';
  readonly createdAt: IsoTime;
  readonly decidedAt: IsoTime | null;
}

/** The catalogue items offered to a circle of this kind. */
export const getCatalogue = (kind: CircleKind) =>
  request<{ catalogue: CatalogueItem[] }>('GET', `/api/load-catalogue${query({ kind })}`).then(
    (r) => r.catalogue,
  );

export const listResponsibilities = (circleId: string) =>
  request<{ responsibilities: Responsibility[] }>(
    'GET',
    `${circle(circleId)}/responsibilities`,
  ).then((r) => r.responsibilities);

export const addFromCatalogue = (circleId: string, ids: readonly string[]) =>
  request<{ responsibilities: Responsibility[] }>(
    'POST',
    `${circle(circleId)}/responsibilities/catalogue`,
    { ids },
  ).then((r) => r.responsibilities);

export const createResponsibility = (circleId: string, body: NewResponsibility) =>
  request<Responsibility>('POST', `${circle(circleId)}/responsibilities`, body);

export const updateResponsibility = (
  circleId: string,
  id: string,
  patch: Partial<Omit<NewResponsibility, 'owners'>> & { readonly owners?: Partial<Owners> },
) => request<Responsibility>('PATCH', `${circle(circleId)}/responsibilities/${enc(id)}`, patch);

export const ownResponsibility = (circleId: string, id: string) =>
  request<Responsibility>('POST', `${circle(circleId)}/responsibilities/${enc(id)}/own`);

export const deleteResponsibility = (circleId: string, id: string) =>
  request<undefined>('DELETE', `${circle(circleId)}/responsibilities/${enc(id)}`);

export const getLoad = (circleId: string) =>
  request<LoadOverview>('GET', `${circle(circleId)}/load`);

export const setMyLoadView = (
  circleId: string,
  body: {
    readonly perceivedShare?: number | null;
    readonly prefers?: readonly ResponsibilityArea[];
    readonly cannot?: readonly ResponsibilityArea[];
  },
) => request<MyLoadView>('PUT', `${circle(circleId)}/load/me`, body);

export const listHandovers = (circleId: string) =>
  request<{ handovers: Handover[] }>('GET', `${circle(circleId)}/handovers`).then(
    (r) => r.handovers,
  );

export const proposeHandover = (
  circleId: string,
  body: { readonly responsibilityId: string; readonly stage: Stage; readonly toMemberId: string },
) => request<Handover>('POST', `${circle(circleId)}/handovers`, body);

export const decideHandover = (circleId: string, id: string, accept: boolean) =>
  request<Handover>(
    'POST',
    `${circle(circleId)}/handovers/${enc(id)}/${accept ? 'accept' : 'decline'}`,
  );

// Rituals ----------------------------------------------------------------------------------

export interface Ritual {
  readonly id: string;
  readonly circleId: string;
  readonly kind: RitualKind;
  readonly title: string;
  readonly rrule: string;
  readonly time: string;
  readonly timezone: string;
  readonly memberIds: readonly string[];
  readonly startsOn: string;
  readonly createdByMemberId: string;
  readonly createdAt: IsoTime;
  readonly nextAt: IsoTime | null;
  readonly rhythm: { readonly done: number; readonly of: number; readonly recentRun: number };
}

export interface NewRitual {
  readonly kind: RitualKind;
  readonly title?: string;
  readonly rrule: string;
  readonly time: string;
  readonly timezone: string;
  readonly memberIds?: readonly string[];
}

export const listRituals = (circleId: string) =>
  request<{ rituals: Ritual[] }>('GET', `${circle(circleId)}/rituals`).then((r) => r.rituals);

export const createRitual = (circleId: string, body: NewRitual) =>
  request<Ritual>('POST', `${circle(circleId)}/rituals`, body);

/** An edit of a ritual: any of the fields it was started with. */
export type RitualChanges = Partial<NewRitual>;

export const updateRitual = (circleId: string, ritualId: string, body: RitualChanges) =>
  request<Ritual>('PATCH', `${circle(circleId)}/rituals/${enc(ritualId)}`, body);

export const completeRitual = (circleId: string, ritualId: string) =>
  request<Ritual>('POST', `${circle(circleId)}/rituals/${enc(ritualId)}/completions`);

export const deleteRitual = (circleId: string, ritualId: string) =>
  request<undefined>('DELETE', `${circle(circleId)}/rituals/${enc(ritualId)}`);

// Reminders --------------------------------------------------------------------------------

export interface QuietHours {
  readonly from: string;
  readonly to: string;
}

export interface NotificationSettings {
  readonly email: boolean;
  readonly push: boolean;
  readonly quietHours: QuietHours | null;
  readonly timezone: string;
  readonly emailAvailable: boolean;
}

export const getNotifications = () => request<NotificationSettings>('GET', '/api/me/notifications');

export const saveNotifications = (body: {
  readonly email: boolean;
  readonly push: boolean;
  readonly quietHours: QuietHours | null;
  readonly timezone: string;
}) => request<NotificationSettings>('PUT', '/api/me/notifications', body);

export const sendTestReminder = () =>
  request<{ channels: string[] }>('POST', '/api/me/notifications/test');

export const getPushPublicKey = () =>
  request<{ publicKey: string }>('GET', '/api/push/public-key').then((r) => r.publicKey);

export const savePushSubscription = (subscription: PushSubscriptionJSON) =>
  request<undefined>('POST', '/api/me/push-subscriptions', {
    endpoint: subscription.endpoint,
    expirationTime: subscription.expirationTime ?? null,
    keys: subscription.keys,
  });

/** Forgets this browser's push subscription on the server (no reminders reach it any more). */
export const deletePushSubscription = (endpoint: string) =>
  request<undefined>('DELETE', `/api/me/push-subscriptions${query({ endpoint })}`);

export const getCalendarFeed = () =>
  request<{ url: string }>('GET', '/api/me/calendar').then((r) => r.url);

export const revokeCalendarFeed = () => request<undefined>('DELETE', '/api/me/calendar');
