/**
 * Typed client for the person's own account and data rights (issue 11): name and email,
 * email confirmation, password change and reset, signed-in devices, downloads, leaving a
 * circle and deleting the account. Errors arrive as ApiError, like the rest of the client.
 */
import { request, type IsoTime, type User } from './api.ts';

const enc = encodeURIComponent;

/** The signed-in person as `GET /api/me` describes them. */
export interface Account extends User {
  readonly emailConfirmed: boolean;
  /** An address waiting for its confirmation link to be opened; the email changes then. */
  readonly pendingEmail: string | null;
}

export interface AuthOptions {
  /** True when this server sends email, so a forgotten password can be reset by a link. */
  readonly passwordResetByEmail: boolean;
}

/** One signed-in browser or app of the person. */
export interface DeviceSession {
  readonly id: string;
  readonly createdAt: IsoTime;
  readonly lastSeenAt: IsoTime;
  readonly userAgent: string | null;
  /** True for the session this request came from. */
  readonly current: boolean;
}

export const getAccount = () => request<Account>('GET', '/api/me');

export const updateAccount = (change: { readonly name?: string; readonly email?: string }) =>
  request<Account>('PATCH', '/api/me', change);

export const resendEmailConfirmation = () => request<void>('POST', '/api/me/email/confirmation');

export const confirmEmail = (token: string) =>
  request<void>('POST', '/api/auth/confirm-email', { token });

export const changePassword = (change: { readonly current: string; readonly next: string }) =>
  request<void>('PUT', '/api/me/password', change);

export const getAuthOptions = () => request<AuthOptions>('GET', '/api/auth/options');

export const requestPasswordReset = (email: string) =>
  request<void>('POST', '/api/auth/reset-request', { email });

export const resetPassword = (input: { readonly token: string; readonly password: string }) =>
  request<void>('POST', '/api/auth/reset', input);

export const listSessions = () => request<DeviceSession[]>('GET', '/api/me/sessions');

export const endSession = (sessionId: string) =>
  request<void>('DELETE', `/api/me/sessions/${enc(sessionId)}`);

export const endOtherSessions = () => request<void>('POST', '/api/me/sessions/end-others');

export const leaveCircle = (circleId: string) =>
  request<void>('POST', `/api/circles/${enc(circleId)}/leave`);

export const deleteAccount = (password: string) => request<void>('DELETE', '/api/me', { password });

/** Addresses the browser downloads itself (plain links: the session cookie goes along). */
export const downloads = {
  export: () => '/api/me/export',
  actsCsv: (circleId: string) => `/api/circles/${enc(circleId)}/acts.csv`,
};
