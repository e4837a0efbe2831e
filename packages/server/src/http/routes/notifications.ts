import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Locale } from '@recipro/core';
import { AppError } from '../../errors.ts';
import { wordsFor, type MessageKey } from '../../i18n/index.ts';
import { requireUser } from '../session.ts';
import { errors } from '../schemas.ts';
import {
  Notifications,
  NotificationsBody,
  PushEndpointQuery,
  PushSubscriptionBody,
  PushSubscriptionList,
  TestReminder,
  TokenParam,
} from '../schemas-rituals.ts';
import type { App, AppContext } from '../types.ts';
import { originOf } from '../origin.ts';

const tags = ['reminders'];

const HtmlPage = {
  description: 'A small HTML page',
  content: { 'text/html': { schema: Type.String() } },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A small page of the server's own, in the language of the person its link was sent to (their
 * account's; English when not chosen), with `lang` and `dir` to match. `body` gets the words.
 */
/** Answers with `page(…)`, saying its language in a Content-Language header too. */
function sendPage(
  reply: FastifyReply,
  locale: Locale | null,
  title: MessageKey,
  body: (say: (key: MessageKey) => string) => string,
) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-language', wordsFor(locale).locale)
    .send(page(locale, title, body));
}

function page(
  locale: Locale | null,
  title: MessageKey,
  body: (say: (key: MessageKey) => string) => string,
): string {
  const words = wordsFor(locale);
  const say = (key: MessageKey) => escapeHtml(words.t(key));
  return (
    `<!doctype html><html lang="${words.locale}" dir="${words.direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${say(title)}</title></head>` +
    `<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">${body(say)}</body></html>`
  );
}

export function notificationRoutes(app: App, { services, config }: AppContext): void {
  app.get(
    '/me/notifications',
    {
      schema: {
        tags,
        summary: 'Your reminder channels, quiet hours and time zone',
        response: { 200: Notifications, ...errors(401) },
      },
    },
    async (request) => services.notifications.get(requireUser(request)),
  );
  app.put(
    '/me/notifications',
    {
      schema: {
        tags,
        summary: 'Choose channels, quiet hours and time zone',
        body: NotificationsBody,
        response: { 200: Notifications, ...errors(400, 401) },
      },
    },
    async (request) => services.notifications.update(requireUser(request), request.body),
  );
  app.post(
    '/me/notifications/test',
    {
      schema: {
        tags,
        summary:
          'Send yourself a test reminder on every chosen channel that can carry it, and learn what went where (queued; answered at once; a few per 10 minutes)',
        response: {
          202: TestReminder,
          ...errors(401, 429),
        },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await services.notifications.test(requireUser(request))),
  );

  app.get(
    '/push/public-key',
    {
      schema: {
        tags,
        summary: 'The VAPID public key for push subscriptions',
        security: [],
        response: { 200: Type.Object({ publicKey: Type.String() }) },
      },
    },
    async () => ({
      publicKey: await services.notifications.vapidPublicKey(),
    }),
  );
  app.post(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        summary:
          'Save this browser’s push subscription (an https: endpoint whose host has public addresses)',
        body: PushSubscriptionBody,
        response: {
          201: Type.Null({ description: 'Saved; the answer has no body.' }),
          ...errors(400, 401, 409, 503),
        },
      },
    },
    async (request, reply) => {
      await services.notifications.subscribe(requireUser(request), request.body);
      return reply.status(201).send(null);
    },
  );
  app.get(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'The addresses of your push subscriptions (one per device)',
        response: { 200: PushSubscriptionList, ...errors(401) },
      },
    },
    async (request) => ({
      subscriptions: await services.notifications.pushSubscriptions(requireUser(request)),
    }),
  );
  app.delete(
    '/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'Forget a push subscription of yours',
        querystring: PushEndpointQuery,
        response: { 204: Type.Null(), ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      await services.notifications.unsubscribePush(requireUser(request), request.query.endpoint);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/calendar',
    {
      schema: {
        tags,
        summary: 'The secret address of your ritual calendar feed',
        response: { 200: Type.Object({ url: Type.String() }), ...errors(401) },
      },
    },
    async (request) => {
      const token = await services.notifications.calendarToken(requireUser(request));
      const origin = originOf(request, config);
      return { url: `${origin}/api/calendar/${token}.ics` };
    },
  );
  app.delete(
    '/me/calendar',
    {
      schema: {
        tags,
        summary: 'Revoke your calendar feed address (a new one is made on request)',
        response: { 204: Type.Null(), ...errors(401) },
      },
    },
    async (request, reply) => {
      await services.notifications.revokeCalendar(requireUser(request));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/calendar/:file',
    {
      schema: {
        tags,
        summary: 'A calendar feed (iCalendar), by its secret address',
        security: [],
        params: Type.Object({ file: Type.String({ maxLength: 140 }) }),
        response: {
          200: {
            description: 'An iCalendar file (RFC 5545) of your rituals',
            content: { 'text/calendar': { schema: Type.String() } },
          },
          ...errors(404),
        },
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const body = /^[A-Za-z0-9_-]{10,128}$/.test(token)
        ? await services.notifications.calendar(token)
        : undefined;
      if (body === undefined)
        throw new AppError('not_found', 'This calendar address is not valid any more.');
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );

  // One-click unsubscribe (RFC 8058): mail providers POST a form body; a person who clicks the
  // link GETs a page whose button posts the same form. GET itself changes nothing.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => done(null, body),
    );
    scope.get(
      '/unsubscribe/:token',
      {
        schema: {
          tags,
          summary: 'Unsubscribe page',
          security: [],
          params: TokenParam,
          response: { 200: HtmlPage, ...errors(400) },
        },
      },
      async (request, reply) => {
        const { token } = request.params;
        const locale = await services.notifications.unsubscribeLocale(token);
        return sendPage(
          reply,
          locale,
          'unsubscribe.title',
          (say) =>
            `<h1>${say('unsubscribe.heading')}</h1><p>${say('unsubscribe.text')}</p>` +
            `<form method="post" action="/api/unsubscribe/${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${say('unsubscribe.button')}</button></form>`,
        );
      },
    );
    scope.post(
      '/unsubscribe/:token',
      {
        schema: {
          tags,
          summary: 'One-click unsubscribe from reminder emails',
          security: [],
          params: TokenParam,
          response: {
            200: {
              description:
                'Unsubscribed: a page when a person posted the form, JSON for a mail provider',
              content: {
                'application/json': {
                  schema: Type.Object({ unsubscribed: Type.Literal(true) }),
                },
                'text/html': { schema: Type.String() },
              },
            },
            ...errors(400, 404),
          },
        },
      },
      async (request, reply) => {
        const done = await services.notifications.unsubscribeEmail(request.params.token);
        const wantsHtml =
          String(request.headers['content-type'] ?? '').startsWith(
            'application/x-www-form-urlencoded',
          ) && request.headers.origin !== undefined;
        if (!done) throw new AppError('not_found', 'This unsubscribe link is not valid.');
        if (!wantsHtml) return reply.send({ unsubscribed: true });
        const locale = await services.notifications.unsubscribeLocale(request.params.token);
        return sendPage(
          reply,
          locale,
          'unsubscribe.done.title',
          (say) =>
            `<h1>${say('unsubscribe.done.heading')}</h1><p>${say('unsubscribe.done.text')}</p>`,
        );
      },
    );
  });
}
