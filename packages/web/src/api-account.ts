/**
 * Typed client for the person's own account and data rights (issue 11): name and email,
 * email confirmation, password change and reset, signed-in devices, downloads, leaving a
 * circle and deleting the account. Errors arrive as ApiError, like the rest of the client.
 */
import { api, type Body, type Reply } from './api/typed.ts';
import { everyPage, type PageCursor } from './api/pages.ts';

/** The signed-in person as `GET /api/me` describes them. */
export type Account = Reply<'get', '/api/me'>;

export type AuthOptions = Reply<'get', '/api/auth/options'>;

/** One signed-in browser or app of the person. */
export type DeviceSession = Reply<'get', '/api/me/sessions'>['sessions'][number];

export const getAccount = () => api.get('/api/me');

export const updateAccount = (change: Body<'patch', '/api/me'>) =>
  api.patch('/api/me', { body: change });

export const resendEmailConfirmation = () => api.post('/api/me/email/confirmation');

export const confirmEmail = (token: string) =>
  api.post('/api/auth/confirm-email', { body: { token } });

export const changePassword = (change: Body<'put', '/api/me/password'>) =>
  api.put('/api/me/password', { body: change });

export const getAuthOptions = () => api.get('/api/auth/options');

export const requestPasswordReset = (email: string) =>
  api.post('/api/auth/reset-request', { body: { email } });

export const resetPassword = (input: Body<'post', '/api/auth/reset'>) =>
  api.post('/api/auth/reset', { body: input });

export const listSessions = (query: PageCursor = {}) => api.get('/api/me/sessions', { query });

/** Every session of the person's, from every page. */
export const everySession = async () =>
  (await everyPage((query) => listSessions(query))).flatMap((page) => page.sessions);

export const endSession = (sessionId: string) =>
  api.delete('/api/me/sessions/{id}', { path: { id: sessionId } });

export const endOtherSessions = () => api.post('/api/me/sessions/end-others');

export const leaveCircle = (circleId: string) =>
  api.post('/api/circles/{circleId}/leave', { path: { circleId } });

export const deleteAccount = (password: string) => api.delete('/api/me', { body: { password } });

const enc = encodeURIComponent;

/** Addresses the browser downloads itself (plain links: the session cookie goes along). */
export const downloads = {
  export: () => '/api/me/export',
  actsCsv: (circleId: string) => `/api/circles/${enc(circleId)}/acts.csv`,
};
