/**
 * Typed client for the recipro HTTP API (same origin, cookie session). Every function returns
 * the parsed JSON body or throws an ApiError carrying the server's code and human message.
 */
import type { CircleKind, Effort, FormOfCare } from '@recipro/core';

/** ISO-8601 date-time string, as the API sends and accepts times. */
export type IsoTime = string;

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

export interface CircleListItem {
  readonly id: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly createdAt: IsoTime;
  readonly myMemberId: string;
  readonly memberCount: number;
}

export interface CircleMember {
  readonly id: string;
  readonly name: string;
  readonly joinedAt: IsoTime;
}

/** Someone who was in the circle and left; what they logged stays, under no name. */
export interface FormerMember {
  readonly id: string;
  readonly leftAt: IsoTime;
}

export interface CircleDetail {
  readonly id: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly createdAt: IsoTime;
  readonly myMemberId: string;
  /** The current members only. */
  readonly members: readonly CircleMember[];
  /** Members who left: acts, needs and repairs may still name them by id. */
  readonly formerMembers: readonly FormerMember[];
  /** May remove members (not in a couple) and hand the role on. */
  readonly keeperMemberId: string | null;
  /** People who accepted an invitation and wait for a member to let them in. */
  readonly pendingMembers: readonly PendingMember[];
}

/** Someone asking to join; `id` becomes their member id once let in. */
export interface PendingMember {
  readonly id: string;
  readonly name: string;
  readonly requestedAt: IsoTime;
}

/** A circle the signed-in person asked to join and waits to be let into. */
export interface WaitingCircle {
  readonly circleId: string;
  readonly name: string;
  readonly kind: CircleKind;
  readonly requestedAt: IsoTime;
}

export interface Invitation {
  readonly id: string;
  readonly token: string;
  readonly url: string;
  readonly expiresAt: IsoTime;
}

export interface InvitationPreview {
  readonly circleId: string;
  readonly circleName: string;
  readonly circleKind: CircleKind;
  readonly invitedByName: string;
  readonly expiresAt: IsoTime;
}

export interface Act {
  readonly id: string;
  readonly circleId: string;
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort: Effort;
  readonly note: string | null;
  readonly at: IsoTime;
  readonly createdAt: IsoTime;
  readonly noticedAt: IsoTime | null;
  /** When the receiver said "I don't recognise this"; out of the balance until the giver changes it. */
  readonly questionedAt: IsoTime | null;
  /** Logged more than 7 days after the care happened. */
  readonly lateEntry: boolean;
  /** Only on the writer's own reads: their words suggest fear or harm (see SupportCard). */
  readonly showSupport?: boolean;
}

export interface NewAct {
  readonly toMemberId: string;
  readonly form: FormOfCare;
  readonly effort?: Effort;
  readonly note?: string;
  readonly at?: IsoTime;
}

/** What the giver may change in an act they logged; a null note clears it. */
export interface ActChanges {
  readonly toMemberId?: string;
  readonly form?: FormOfCare;
  readonly effort?: Effort;
  readonly note?: string | null;
  readonly at?: IsoTime;
}

export interface ActQuery {
  readonly from?: IsoTime;
  readonly to?: IsoTime;
  readonly toMemberId?: string;
  readonly fromMemberId?: string;
  readonly limit?: number;
}

export interface PairSummary {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly acts: number;
  readonly effort: number;
  readonly noticed: number;
}

export interface Summary {
  readonly from: IsoTime;
  readonly to: IsoTime;
  readonly days: number;
  readonly pairs: readonly PairSummary[];
}

/** An error answer from the API (or a failure to reach it, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Codes the client itself uses when there is no error body to read. */
export const CLIENT_ERROR = { network: 'network', badResponse: 'bad_response' } as const;

let onUnauthenticated: (() => void) | undefined;

/** Called whenever a request answers 401, so the app can return to the sign-in screen. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

function errorFromBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as Record<string, unknown>;
      if (typeof code === 'string' && typeof message === 'string') {
        return new ApiError(status, code, message, details);
      }
    }
  }
  return new ApiError(status, CLIENT_ERROR.badResponse, '');
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, CLIENT_ERROR.network, '');
  }
  if (response.status === 204) return undefined as T;
  let parsed: unknown;
  try {
    const text = await response.text();
    // An accepted request may answer without a body (202): there is nothing more to read.
    if (response.ok && text === '') return undefined as T;
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(response.status, CLIENT_ERROR.badResponse, '');
  }
  if (!response.ok) {
    const error = errorFromBody(response.status, parsed);
    if (response.status === 401) onUnauthenticated?.();
    throw error;
  }
  return parsed as T;
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const enc = encodeURIComponent;

export const signUp = (input: { email: string; password: string; name: string }) =>
  request<User>('POST', '/api/auth/signup', input);

export const signIn = (input: { email: string; password: string }) =>
  request<User>('POST', '/api/auth/signin', input);

export const signOut = () => request<void>('POST', '/api/auth/signout');

export const getMe = () => request<User>('GET', '/api/me');

export const listCircles = () =>
  request<{ circles: CircleListItem[]; waiting: WaitingCircle[] }>('GET', '/api/circles');

export const createCircle = (input: { name: string; kind: CircleKind }) =>
  request<CircleListItem>('POST', '/api/circles', input);

export const getCircle = (circleId: string) =>
  request<CircleDetail>('GET', `/api/circles/${enc(circleId)}`);

export const createInvitation = (circleId: string) =>
  request<Invitation>('POST', `/api/circles/${enc(circleId)}/invitations`);

export const getInvitation = (token: string) =>
  request<InvitationPreview>('GET', `/api/invitations/${enc(token)}`);

/** Asks to join: the person then waits until a member lets them in. */
export const acceptInvitation = (token: string) =>
  request<{ circleId: string; memberId: string; status: 'pending' }>(
    'POST',
    `/api/invitations/${enc(token)}/accept`,
  );

export const admitMember = (circleId: string, memberId: string) =>
  request<CircleDetail>('POST', `/api/circles/${enc(circleId)}/members/${enc(memberId)}/admit`);

export interface OpenInvitation {
  readonly id: string;
  readonly invitedByMemberId: string;
  readonly createdAt: IsoTime;
  readonly expiresAt: IsoTime;
}

export const listInvitations = (circleId: string) =>
  request<{ invitations: OpenInvitation[] }>(
    'GET',
    `/api/circles/${enc(circleId)}/invitations`,
  ).then((body) => body.invitations);

export const withdrawInvitation = (circleId: string, invitationId: string) =>
  request<void>('DELETE', `/api/circles/${enc(circleId)}/invitations/${enc(invitationId)}`);

/** The keeper hands the role to another member. */
export const setKeeper = (circleId: string, memberId: string) =>
  request<CircleDetail>('PUT', `/api/circles/${enc(circleId)}/keeper`, { memberId });

/** Turns down a request to join (or, for the keeper, removes a member). */
export const removeMember = (circleId: string, memberId: string) =>
  request<void>('DELETE', `/api/circles/${enc(circleId)}/members/${enc(memberId)}`);

export const logAct = (circleId: string, act: NewAct) =>
  request<Act>('POST', `/api/circles/${enc(circleId)}/acts`, act);

export const listActs = (circleId: string, params: ActQuery = {}) =>
  request<{ acts: Act[] }>('GET', `/api/circles/${enc(circleId)}/acts${query({ ...params })}`).then(
    (body) => body.acts,
  );

export const acknowledgeAct = (circleId: string, actId: string) =>
  request<Act>('POST', `/api/circles/${enc(circleId)}/acts/${enc(actId)}/acknowledge`);

/** Changes an act; only the member who gave it may (403 `forbidden` for anyone else). */
/** The receiver's "I don't recognise this". */
export const questionAct = (circleId: string, actId: string) =>
  request<Act>('POST', `/api/circles/${enc(circleId)}/acts/${enc(actId)}/question`);

export const updateAct = (circleId: string, actId: string, changes: ActChanges) =>
  request<Act>('PATCH', `/api/circles/${enc(circleId)}/acts/${enc(actId)}`, changes);

/** Removes an act from the circle's history; only the member who gave it may. */
export const deleteAct = (circleId: string, actId: string) =>
  request<undefined>('DELETE', `/api/circles/${enc(circleId)}/acts/${enc(actId)}`);

export const getSummary = (circleId: string, days = 30) =>
  request<Summary>('GET', `/api/circles/${enc(circleId)}/summary${query({ days })}`);

export const getHealth = () => request<{ status: string }>('GET', '/api/health');
