/**
 * Typed client for the recipro HTTP API (same origin, cookie session). Every function returns
 * the parsed JSON body, typed by the route's schema in the server's OpenAPI document (see
 * api/typed.ts), or throws an ApiError carrying the error's code.
 */
import type { CircleKind } from '@recipro/core';
import { api, type Body, type Query, type Reply } from './api/typed.ts';

export {
  ApiError,
  CLIENT_ERROR,
  isServerErrorCode,
  problemsOf,
  query,
  request,
  setUnauthenticatedHandler,
  type ClientErrorCode,
  type ErrorCode,
  type ErrorDetails,
  type ErrorProblem,
  type ServerErrorCode,
} from './api/request.ts';
import type { PageCursor } from './api/pages.ts';

/** ISO-8601 date-time string, as the API sends and accepts times. */
export type IsoTime = string;

export type User = Reply<'post', '/api/auth/signin'>;
export type CircleList = Reply<'get', '/api/circles'>;
export type CircleListItem = CircleList['circles'][number];
/** A circle the signed-in person asked to join and waits to be let into. */
export type WaitingCircle = CircleList['waiting'][number];
export type CircleDetail = Reply<'get', '/api/circles/{circleId}'>;
export type CircleMember = CircleDetail['members'][number];
/** Someone who was in the circle and left; what they logged stays, under no name. */
export type FormerMember = CircleDetail['formerMembers'][number];
/** Someone asking to join; `id` becomes their member id once let in. */
export type PendingMember = CircleDetail['pendingMembers'][number];
export type Invitation = Reply<'post', '/api/circles/{circleId}/invitations'>;
export type InvitationPreview = Reply<'get', '/api/invitations/{token}'>;
export type OpenInvitation = Reply<
  'get',
  '/api/circles/{circleId}/invitations'
>['invitations'][number];
export type Act = Reply<'post', '/api/circles/{circleId}/acts'>;
export type NewAct = Body<'post', '/api/circles/{circleId}/acts'>;
/** What the giver may change in an act they logged; a null note clears it. */
export type ActChanges = Body<'patch', '/api/circles/{circleId}/acts/{actId}'>;
export type ActQuery = Query<'get', '/api/circles/{circleId}/acts'>;
export type Summary = Reply<'get', '/api/circles/{circleId}/summary'>;
export type PairSummary = Summary['pairs'][number];

export const signUp = (input: Body<'post', '/api/auth/signup'>) =>
  api.post('/api/auth/signup', { body: input });

export const signIn = (input: Body<'post', '/api/auth/signin'>) =>
  api.post('/api/auth/signin', { body: input });

export const signOut = () => api.post('/api/auth/signout');

export const getMe = () => api.get('/api/me');

export const listCircles = (query: PageCursor = {}) => api.get('/api/circles', { query });

export const createCircle = (input: { name: string; kind: CircleKind }) =>
  api.post('/api/circles', { body: input });

export const getCircle = (circleId: string) =>
  api.get('/api/circles/{circleId}', { path: { circleId } });

export const createInvitation = (circleId: string) =>
  api.post('/api/circles/{circleId}/invitations', { path: { circleId } });

export const getInvitation = (token: string) =>
  api.get('/api/invitations/{token}', { path: { token } });

/** Asks to join: the person then waits until a member lets them in. */
export const acceptInvitation = (token: string) =>
  api.post('/api/invitations/{token}/accept', { path: { token } });

export const admitMember = (circleId: string, memberId: string) =>
  api.post('/api/circles/{circleId}/members/{memberId}/admit', { path: { circleId, memberId } });

export const listInvitations = (circleId: string) =>
  api
    .get('/api/circles/{circleId}/invitations', { path: { circleId } })
    .then((body) => body.invitations);

export const withdrawInvitation = (circleId: string, invitationId: string) =>
  api.delete('/api/circles/{circleId}/invitations/{invitationId}', {
    path: { circleId, invitationId },
  });

/** The keeper hands the role to another member. */
export const setKeeper = (circleId: string, memberId: string) =>
  api.put('/api/circles/{circleId}/keeper', { path: { circleId }, body: { memberId } });

/** Turns down a request to join (or, for the keeper, removes a member). */
export const removeMember = (circleId: string, memberId: string) =>
  api.delete('/api/circles/{circleId}/members/{memberId}', { path: { circleId, memberId } });

export const logAct = (circleId: string, act: NewAct) =>
  api.post('/api/circles/{circleId}/acts', { path: { circleId }, body: act });

export const listActs = (circleId: string, params: ActQuery = {}) =>
  api.get('/api/circles/{circleId}/acts', { path: { circleId }, query: params });

export const acknowledgeAct = (circleId: string, actId: string) =>
  api.post('/api/circles/{circleId}/acts/{actId}/acknowledge', { path: { circleId, actId } });

/** The receiver takes back their "I noticed". */
export const unacknowledgeAct = (circleId: string, actId: string) =>
  api.delete('/api/circles/{circleId}/acts/{actId}/acknowledge', { path: { circleId, actId } });

/** The receiver's "I don't recognise this". */
export const questionAct = (circleId: string, actId: string) =>
  api.post('/api/circles/{circleId}/acts/{actId}/question', { path: { circleId, actId } });

/** The receiver takes back their "I don't recognise this": the act counts again. */
export const unquestionAct = (circleId: string, actId: string) =>
  api.delete('/api/circles/{circleId}/acts/{actId}/question', { path: { circleId, actId } });

/** Changes an act; only the member who gave it may (403 `forbidden` for anyone else). */
export const updateAct = (circleId: string, actId: string, changes: ActChanges) =>
  api.patch('/api/circles/{circleId}/acts/{actId}', { path: { circleId, actId }, body: changes });

/** Removes an act from the circle's history; only the member who gave it may. */
export const deleteAct = (circleId: string, actId: string) =>
  api.delete('/api/circles/{circleId}/acts/{actId}', { path: { circleId, actId } });

export const getSummary = (circleId: string, days = 30) =>
  api.get('/api/circles/{circleId}/summary', { path: { circleId }, query: { days } });

export const getHealth = () => api.get('/api/health');
