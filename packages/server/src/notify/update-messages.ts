/**
 * What recipro sends about updates between members, by push and by email: for each kind, its
 * default channels, its place in the app and its words. Adding a kind to core's `UPDATE_KINDS`
 * means adding one entry here and its title and body to each catalogue in i18n/ (the types
 * insist).
 *
 * Nothing private ever travels: a message is made from the kind, the circle's name and the
 * name of the member who acted (where the in-app update names them) — never from anything
 * anyone wrote (notes, needs, answers, titles). `UpdateFacts` holds nothing else.
 * The words follow docs/voice.md: warm, about the reader, no score. They are said in the
 * language of the person they go to (i18n/, their account's locale; English when not chosen).
 */
import type { BundledCircle, Locale, UpdateDetail, UpdateKind } from '@recipro/core';
import { wordsFor, type MessageKey } from '../i18n/index.ts';
import type { MailMessage } from './mailer.ts';

/** All a message may be made from. */
export interface UpdateFacts {
  /** The circle's name, or null once it is gone. */
  readonly circleName: string | null;
  /** The acting member's name, or null (they left, or nobody acted). */
  readonly actorName: string | null;
  /** The acting member, or null when nobody acted (a check-in the circle's schedule opened). */
  readonly actorMemberId: string | null;
  readonly detail: UpdateDetail | null;
}

export interface UpdateMessage {
  readonly title: string;
  readonly body: string;
}

/** Where an update's place is in the app (the web's router has the same addresses). */
type Place =
  | 'circle'
  | 'balance'
  | 'load'
  | 'rituals'
  | 'home'
  | 'repair'
  | 'express'
  | 'checkin'
  | 'question';

interface KindDelivery {
  /** Sent by push unless the person chose otherwise. */
  readonly push: boolean;
  /** Sent by email unless the person chose otherwise (email is always something one opts into). */
  readonly email: boolean;
  readonly place: Place;
}

/**
 * Defaults: a push for what waits for the reader or reaches out to them (someone asks to join,
 * "let's reset", a repair, a need, a check-in or values conversation, a proposal about them);
 * in the app only for news that asks nothing of them (changes to shared things, answers,
 * "noticed"). No email unless chosen. Each kind's words are `update.<kind>.title` and
 * `update.<kind>.body` in the catalogues (i18n/en.ts).
 */
export const UPDATE_DELIVERY: { readonly [K in UpdateKind]: KindDelivery } = {
  invitation_accepted: { push: true, email: false, place: 'circle' },
  member_admitted: { push: false, email: false, place: 'circle' },
  welcome: { push: true, email: false, place: 'circle' },
  removed_from_circle: { push: false, email: false, place: 'home' },
  act_questioned: { push: false, email: false, place: 'circle' },
  season_suggested: { push: true, email: false, place: 'balance' },
  season_answered: { push: false, email: false, place: 'balance' },
  handover_proposed: { push: true, email: false, place: 'load' },
  handover_answered: { push: false, email: false, place: 'load' },
  responsibility_changed: { push: false, email: false, place: 'load' },
  responsibility_removed: { push: false, email: false, place: 'load' },
  ritual_changed: { push: false, email: false, place: 'rituals' },
  ritual_stopped: { push: false, email: false, place: 'rituals' },
  reset_requested: { push: true, email: false, place: 'repair' },
  rupture_waiting: { push: true, email: false, place: 'repair' },
  rupture_repaired: { push: true, email: false, place: 'repair' },
  question_answered: { push: true, email: false, place: 'question' },
  repair_guide_waiting: { push: true, email: false, place: 'repair' },
  repair_guide_revealed: { push: true, email: false, place: 'repair' },
  need_shared: { push: true, email: false, place: 'express' },
  checkin_opened: { push: true, email: false, place: 'checkin' },
  checkin_waiting: { push: true, email: false, place: 'checkin' },
  checkin_ready: { push: true, email: false, place: 'checkin' },
  values_opened: { push: true, email: false, place: 'express' },
  values_waiting: { push: true, email: false, place: 'express' },
  values_ready: { push: true, email: false, place: 'express' },
  act_noticed: { push: false, email: false, place: 'circle' },
};

/** A kind's title; as with its body, this does not compile while a kind has none in en.ts. */
const titleKey = (kind: UpdateKind): MessageKey => `update.${kind}.title`;

/** The body of an update: how an answer went, or that the circle's own schedule acted. */
function bodyKey(kind: UpdateKind, facts: UpdateFacts): MessageKey {
  const { detail } = facts;
  if (
    (kind === 'season_answered' || kind === 'handover_answered') &&
    (detail === 'accepted' || detail === 'declined')
  )
    return `update.${kind}.body.${detail}`;
  if (kind === 'checkin_opened' && facts.actorMemberId === null)
    return 'update.checkin_opened.body.scheduled';
  return `update.${kind}.body`;
}

/** The push (and email) words of one update, in the recipient's language (null: English). */
export function updateMessage(
  kind: UpdateKind,
  facts: UpdateFacts,
  locale: Locale | null,
): UpdateMessage {
  const words = wordsFor(locale);
  return {
    title: words.t(titleKey(kind)),
    body: words.t(bodyKey(kind, facts), {
      name: facts.actorName ?? words.t('update.someone'),
      circle: facts.circleName ?? words.t('update.someCircle'),
    }),
  };
}

/** Where an update leads in the app: the screen that holds what it is about. */
export function updateUrl(kind: UpdateKind, circleId: string, subjectId: string | null): string {
  const circle = `/circles/${encodeURIComponent(circleId)}`;
  switch (UPDATE_DELIVERY[kind].place) {
    case 'circle':
      return circle;
    case 'balance':
      return `${circle}/balance`;
    case 'load':
      return `${circle}/load`;
    case 'rituals':
      return `${circle}/rituals`;
    case 'home':
      return '/';
    case 'repair':
      return `${circle}/repair`;
    case 'express':
      return `${circle}/express`;
    case 'checkin':
      return subjectId ? `${circle}/checkin/${encodeURIComponent(subjectId)}` : `${circle}/checkin`;
    case 'question':
      return `${circle}/question`;
  }
}

/** Where a bundle leads: the Updates screen, which lists each one and its place. */
export const BUNDLE_URL = '/updates';

/**
 * The one push that stands for several updates: how many wait, and where (by circle name), in
 * the recipient's language. `names` has the name of each circle in `circles` (a circle gone is
 * "one of your circles").
 */
export function bundleMessage(
  circles: readonly BundledCircle[],
  names: ReadonlyMap<string, string>,
  locale: Locale | null,
): UpdateMessage {
  const words = wordsFor(locale);
  const count = circles.reduce((sum, c) => sum + c.count, 0);
  const named = circles.map((c) => names.get(c.circleId) ?? words.t('update.someCircle'));
  const where =
    named.length === 1
      ? named[0]!
      : named.length === 2
        ? words.list(named)
        : words.t('update.bundle.circles', { count: named.length });
  return {
    title: words.t('update.bundle.title'),
    body: words.t('update.bundle.body', { count, where }),
  };
}

/**
 * The email of one update, to a confirmed address, with links to its place and to settings, in
 * the recipient's language (`message` is made in it too).
 */
export function updateEmail(input: {
  readonly to: { email: string; name: string; locale: Locale | null };
  readonly message: UpdateMessage;
  /** The app's address, without a trailing slash. */
  readonly app: string;
  readonly url: string;
  readonly unsubscribe: string;
}): MailMessage {
  const { to, message, app, url, unsubscribe } = input;
  const words = wordsFor(to.locale);
  return {
    to: to.email,
    language: words.locale,
    subject: message.title,
    text:
      `${words.t('mail.hello', { name: to.name })}\n\n${message.body}\n\n` +
      `${words.t('update.email.see')} ${app}${url}\n\n` +
      `${words.t('update.email.chose')} ${app}/reminders\n` +
      `${words.t('update.email.stop')} ${unsubscribe}\n`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
