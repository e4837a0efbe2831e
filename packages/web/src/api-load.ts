/**
 * Typed client for the load divider, rituals and reminders (issue 6): responsibilities and
 * their owners per stage, load shares and hand-overs, rituals, reminder channels and the
 * calendar feed. Errors arrive as ApiError, like the rest of the client (api.ts).
 */
import type { CircleKind } from '@recipro/core';
import { api, type Body, type Reply } from './api/typed.ts';
import { everyPage, type PageCursor } from './api/pages.ts';

export type CatalogueItem = Reply<'get', '/api/load-catalogue'>['catalogue'][number];
export type Responsibility = Reply<'post', '/api/circles/{circleId}/responsibilities'>;
export type Owners = Responsibility['owners'];
export type NewResponsibility = Body<'post', '/api/circles/{circleId}/responsibilities'>;
export type ResponsibilityChanges = Body<
  'patch',
  '/api/circles/{circleId}/responsibilities/{responsibilityId}'
>;
export type LoadOverview = Reply<'get', '/api/circles/{circleId}/load'>;
export type MemberLoad = LoadOverview['members'][number];
export type Suggestion = LoadOverview['suggestions'][number];
export type MyLoadView = Reply<'put', '/api/circles/{circleId}/load/me'>;
export type Handover = Reply<'post', '/api/circles/{circleId}/handovers'>;

/** The catalogue items offered to a circle of this kind. */
export const getCatalogue = (kind: CircleKind) =>
  api.get('/api/load-catalogue', { query: { kind } }).then((r) => r.catalogue);

/** Every responsibility of the circle, oldest first (the load divider weighs them together). */
export const listResponsibilities = async (circleId: string) =>
  (
    await everyPage((query) =>
      api.get('/api/circles/{circleId}/responsibilities', { path: { circleId }, query }),
    )
  ).flatMap((page) => page.responsibilities);

export const addFromCatalogue = (circleId: string, ids: readonly string[]) =>
  api
    .post('/api/circles/{circleId}/responsibilities/catalogue', {
      path: { circleId },
      body: { ids },
    })
    .then((r) => r.responsibilities);

export const createResponsibility = (circleId: string, body: NewResponsibility) =>
  api.post('/api/circles/{circleId}/responsibilities', { path: { circleId }, body });

export const updateResponsibility = (
  circleId: string,
  responsibilityId: string,
  patch: ResponsibilityChanges,
) =>
  api.patch('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
    path: { circleId, responsibilityId },
    body: patch,
  });

export const ownResponsibility = (circleId: string, responsibilityId: string) =>
  api.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/own', {
    path: { circleId, responsibilityId },
  });

/** Gives back stages the caller carries (how "I'll take this" is taken back). */
export const releaseResponsibility = (
  circleId: string,
  responsibilityId: string,
  stages: Body<
    'post',
    '/api/circles/{circleId}/responsibilities/{responsibilityId}/release'
  >['stages'],
) =>
  api.post('/api/circles/{circleId}/responsibilities/{responsibilityId}/release', {
    path: { circleId, responsibilityId },
    body: { stages },
  });

export const deleteResponsibility = (circleId: string, responsibilityId: string) =>
  api.delete('/api/circles/{circleId}/responsibilities/{responsibilityId}', {
    path: { circleId, responsibilityId },
  });

export const getLoad = (circleId: string) =>
  api.get('/api/circles/{circleId}/load', { path: { circleId } });

export const setMyLoadView = (
  circleId: string,
  body: Body<'put', '/api/circles/{circleId}/load/me'>,
) => api.put('/api/circles/{circleId}/load/me', { path: { circleId }, body });

/** Every hand-over of the circle, newest first (each responsibility shows its open ones). */
export const listHandovers = async (circleId: string) =>
  (
    await everyPage((query) =>
      api.get('/api/circles/{circleId}/handovers', { path: { circleId }, query }),
    )
  ).flatMap((page) => page.handovers);

export const proposeHandover = (
  circleId: string,
  body: Body<'post', '/api/circles/{circleId}/handovers'>,
) => api.post('/api/circles/{circleId}/handovers', { path: { circleId }, body });

/** Takes back one's answer to a hand-over: it is proposed again, an accepted stage goes back. */
export const unanswerHandover = (circleId: string, handoverId: string) =>
  api.delete('/api/circles/{circleId}/handovers/{handoverId}/answer', {
    path: { circleId, handoverId },
  });

export const decideHandover = (circleId: string, handoverId: string, accept: boolean) =>
  accept
    ? api.post('/api/circles/{circleId}/handovers/{handoverId}/accept', {
        path: { circleId, handoverId },
      })
    : api.post('/api/circles/{circleId}/handovers/{handoverId}/decline', {
        path: { circleId, handoverId },
      });

// Rituals ----------------------------------------------------------------------------------

export type Ritual = Reply<'post', '/api/circles/{circleId}/rituals'>;
export type NewRitual = Body<'post', '/api/circles/{circleId}/rituals'>;
/** An edit of a ritual: any of the fields it was started with. */
export type RitualChanges = Body<'patch', '/api/circles/{circleId}/rituals/{ritualId}'>;

export const listRituals = (circleId: string, query: PageCursor = {}) =>
  api.get('/api/circles/{circleId}/rituals', { path: { circleId }, query });

/** Every ritual of the circle, oldest first. */
export const everyRitual = async (circleId: string) =>
  (await everyPage((query) => listRituals(circleId, query))).flatMap((page) => page.rituals);

export const createRitual = (circleId: string, body: NewRitual) =>
  api.post('/api/circles/{circleId}/rituals', { path: { circleId }, body });

export const updateRitual = (circleId: string, ritualId: string, body: RitualChanges) =>
  api.patch('/api/circles/{circleId}/rituals/{ritualId}', { path: { circleId, ritualId }, body });

export const completeRitual = (circleId: string, ritualId: string) =>
  api.post('/api/circles/{circleId}/rituals/{ritualId}/completions', {
    path: { circleId, ritualId },
  });

/** Takes back my latest "We did it" for a ritual. */
export const uncompleteRitual = (circleId: string, ritualId: string) =>
  api.delete('/api/circles/{circleId}/rituals/{ritualId}/completions/latest', {
    path: { circleId, ritualId },
  });

export const deleteRitual = (circleId: string, ritualId: string) =>
  api.delete('/api/circles/{circleId}/rituals/{ritualId}', { path: { circleId, ritualId } });

// Reminders --------------------------------------------------------------------------------

export type NotificationSettings = Reply<'get', '/api/me/notifications'>;
export type QuietHours = NonNullable<NotificationSettings['quietHours']>;
export type TestReminderResult = Reply<'post', '/api/me/notifications/test'>;

export const getNotifications = () => api.get('/api/me/notifications');

export const saveNotifications = (body: Body<'put', '/api/me/notifications'>) =>
  api.put('/api/me/notifications', { body });

export const sendTestReminder = () => api.post('/api/me/notifications/test');

export const getPushPublicKey = () => api.get('/api/push/public-key').then((r) => r.publicKey);

/** Saves the browser's subscription; one without its address or keys is refused (400). */
export const savePushSubscription = (subscription: PushSubscriptionJSON) =>
  api.post('/api/me/push-subscriptions', {
    body: {
      endpoint: subscription.endpoint ?? '',
      expirationTime: subscription.expirationTime ?? null,
      keys: { p256dh: subscription.keys?.p256dh ?? '', auth: subscription.keys?.auth ?? '' },
    },
  });

/** Forgets this browser's push subscription on the server (no reminders reach it any more). */
export const deletePushSubscription = (endpoint: string) =>
  api.delete('/api/me/push-subscriptions', { query: { endpoint } });

export const getCalendarFeed = () => api.get('/api/me/calendar').then((r) => r.url);

export const revokeCalendarFeed = () => api.delete('/api/me/calendar');
