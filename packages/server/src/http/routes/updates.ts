import { requireUser } from '../session.ts';
import { errors } from '../schemas.ts';
import { ReadUpdatesBody, UnreadCount, UpdatesPage, UpdatesQuery } from '../schemas-updates.ts';
import type { App, AppContext } from '../types.ts';

const tags = ['updates'];

/** Each person's updates: what others in their circles did that concerns them. */
export function updateRoutes(app: App, { services }: AppContext): void {
  app.get(
    '/me/updates',
    {
      schema: {
        tags,
        summary: 'Your updates, newest first, a page at a time, with how many are unread',
        querystring: UpdatesQuery,
        response: { 200: UpdatesPage, ...errors(400, 401) },
      },
    },
    async (request) => services.updates.list(requireUser(request), request.query),
  );
  app.post(
    '/me/updates/read',
    {
      schema: {
        tags,
        summary: 'Mark some of your updates read, or all of them',
        body: ReadUpdatesBody,
        response: { 200: UnreadCount, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      services.updates.read(
        requireUser(request),
        'ids' in request.body ? { ids: request.body.ids } : {},
      ),
  );
}
