/**
 * Typed client for the signed-in person's updates (issue 12, issue 15 "Updates between
 * members"): what other members did that concerns them, newest first, and marking them read.
 * An update names its kind, the person and the circle, never private content.
 */
import { api, type Body, type Query, type Reply } from './api/typed.ts';

export type UpdatesPage = Reply<'get', '/api/me/updates'>;
/** One update: its `kind` is one of core's UPDATE_KINDS. */
export type Update = UpdatesPage['updates'][number];

/**
 * An update as a copy of the app loaded earlier may meet it: a newer server can send a kind or
 * a detail this copy does not know yet, which it says in general words (updates/text.ts).
 */
export type SeenUpdate = Omit<Update, 'kind' | 'detail'> & {
  readonly kind: string;
  readonly detail: string | null;
};

export type UpdatesQuery = Query<'get', '/api/me/updates'>;

export const listUpdates = (params: UpdatesQuery = {}) =>
  api.get('/api/me/updates', { query: params });

/** Marks the given updates (or all of them) read; answers how many stay unread. */
export const markUpdatesRead = (which: Body<'post', '/api/me/updates/read'>) =>
  api.post('/api/me/updates/read', { body: which });
