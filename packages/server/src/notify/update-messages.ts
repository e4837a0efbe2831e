/**
 * What recipro sends about updates between members, by push and by email: for each kind, its
 * default channels, its place in the app and its words. Adding a kind to core's `UPDATE_KINDS`
 * means adding one entry here (the type below insists).
 *
 * Nothing private ever travels: a message is made from the kind, the circle's name and the
 * name of the member who acted (where the in-app update names them) — never from anything
 * anyone wrote (notes, needs, answers, titles). `UpdateFacts` holds nothing else.
 * The words follow docs/voice.md: warm, about the reader, no score.
 */
import type { BundledCircle, UpdateDetail, UpdateKind } from '@recipro/core';
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
  readonly text: (words: {
    name: string;
    circle: string;
    answer: string | null;
    /** Nobody acted: the circle's own schedule did it. */
    scheduled: boolean;
  }) => UpdateMessage;
}

const answered = (answer: string | null, what: string) =>
  answer === 'accepted'
    ? `accepted ${what}`
    : answer === 'declined'
      ? `declined ${what}`
      : `answered ${what}`;

/**
 * Defaults: a push for what waits for the reader or reaches out to them (someone asks to join,
 * "let's reset", a repair, a need, a check-in or values conversation, a proposal about them);
 * in the app only for news that asks nothing of them (changes to shared things, answers,
 * "noticed"). No email unless chosen.
 */
export const UPDATE_DELIVERY: { readonly [K in UpdateKind]: KindDelivery } = {
  invitation_accepted: {
    push: true,
    email: false,
    place: 'circle',
    text: ({ name, circle }) => ({
      title: 'Someone asks to join',
      body: `${name} asked to join ${circle}. Anyone in the circle can let them in.`,
    }),
  },
  member_admitted: {
    push: false,
    email: false,
    place: 'circle',
    text: ({ circle }) => ({
      title: 'Someone new has joined',
      body: `Someone new has joined ${circle}.`,
    }),
  },
  welcome: {
    push: true,
    email: false,
    place: 'circle',
    text: ({ name, circle }) => ({
      title: 'Welcome',
      body: `${name} let you into ${circle}. Welcome!`,
    }),
  },
  removed_from_circle: {
    push: false,
    email: false,
    place: 'home',
    text: ({ circle }) => ({
      title: 'A circle you were in',
      body: `You are no longer in ${circle}.`,
    }),
  },
  act_questioned: {
    push: false,
    email: false,
    place: 'circle',
    text: ({ name, circle }) => ({
      title: 'An act of care to look at',
      body: `${name} didn’t recognise an act of care you logged in ${circle}. You can change it or take it back.`,
    }),
  },
  season_suggested: {
    push: true,
    email: false,
    place: 'balance',
    text: ({ name, circle }) => ({
      title: 'A season suggested',
      body: `${name} suggested a season about you in ${circle}. It is yours to accept or decline.`,
    }),
  },
  season_answered: {
    push: false,
    email: false,
    place: 'balance',
    text: ({ name, circle, answer }) => ({
      title: 'Your suggested season',
      body: `${name} ${answered(answer, 'the season you suggested')} in ${circle}.`,
    }),
  },
  handover_proposed: {
    push: true,
    email: false,
    place: 'load',
    text: ({ name, circle }) => ({
      title: 'A hand-over for you',
      body: `${name} proposed a hand-over with you in ${circle}. It waits for your answer.`,
    }),
  },
  handover_answered: {
    push: false,
    email: false,
    place: 'load',
    text: ({ name, circle, answer }) => ({
      title: 'Your proposed hand-over',
      body: `${name} ${answered(answer, 'the hand-over you proposed')} in ${circle}.`,
    }),
  },
  responsibility_changed: {
    push: false,
    email: false,
    place: 'load',
    text: ({ name, circle }) => ({
      title: 'A shared responsibility changed',
      body: `${name} changed a responsibility you share in ${circle}.`,
    }),
  },
  responsibility_removed: {
    push: false,
    email: false,
    place: 'load',
    text: ({ name, circle }) => ({
      title: 'A shared responsibility removed',
      body: `${name} removed a responsibility you shared in ${circle}.`,
    }),
  },
  ritual_changed: {
    push: false,
    email: false,
    place: 'rituals',
    text: ({ name, circle }) => ({
      title: 'A shared ritual changed',
      body: `${name} changed a ritual you share in ${circle}.`,
    }),
  },
  ritual_stopped: {
    push: false,
    email: false,
    place: 'rituals',
    text: ({ name, circle }) => ({
      title: 'A shared ritual stopped',
      body: `${name} stopped a ritual you shared in ${circle}.`,
    }),
  },
  reset_requested: {
    push: true,
    email: false,
    place: 'repair',
    text: ({ name, circle }) => ({
      title: '“Let’s reset”',
      body: `${name} said “let’s reset” about a hard moment in ${circle}. Reaching back, soon and gently, is what helps.`,
    }),
  },
  rupture_waiting: {
    push: true,
    email: false,
    place: 'repair',
    text: ({ name, circle }) => ({
      title: 'A repair waits for you',
      body: `${name} said a hard moment in ${circle} is repaired for them. Say so too when it is for you.`,
    }),
  },
  rupture_repaired: {
    push: true,
    email: false,
    place: 'repair',
    text: ({ circle }) => ({
      title: 'Repaired',
      body: `A hard moment in ${circle} is repaired for everyone in it.`,
    }),
  },
  question_answered: {
    push: true,
    email: false,
    place: 'question',
    text: ({ circle }) => ({
      title: 'Today’s question',
      body: `Everyone in ${circle} has answered today’s question: you can read the answers together.`,
    }),
  },
  repair_guide_waiting: {
    push: true,
    email: false,
    place: 'repair',
    text: ({ circle }) => ({
      title: 'Talking it through',
      body: `Talking through a hard moment in ${circle} waits for your answers, whenever you feel calm enough. Nobody reads anyone’s until everyone has finished.`,
    }),
  },
  repair_guide_revealed: {
    push: true,
    email: false,
    place: 'repair',
    text: ({ circle }) => ({
      title: 'Ready to read together',
      body: `Everyone has finished talking through a hard moment in ${circle}: you can read it together.`,
    }),
  },
  need_shared: {
    push: true,
    email: false,
    place: 'express',
    text: ({ name, circle }) => ({
      title: 'A need shared with you',
      body: `${name} shared a need with you in ${circle}. You can read it in recipro.`,
    }),
  },
  checkin_opened: {
    push: true,
    email: false,
    place: 'checkin',
    text: ({ name, circle, scheduled }) => ({
      title: 'A check-in is open',
      body: scheduled
        ? `A check-in opened in ${circle}, as your circle planned. Answer it on your own time.`
        : `${name} opened a check-in in ${circle}. Answer it on your own time.`,
    }),
  },
  checkin_waiting: {
    push: true,
    email: false,
    place: 'checkin',
    text: ({ circle }) => ({
      title: 'A check-in waits for you',
      body: `A check-in in ${circle} waits for your answers. Nobody sees anyone’s until all have answered.`,
    }),
  },
  checkin_ready: {
    push: true,
    email: false,
    place: 'checkin',
    text: ({ circle }) => ({
      title: 'A check-in is ready',
      body: `Everyone has answered a check-in in ${circle}: you can look at it together.`,
    }),
  },
  values_opened: {
    push: true,
    email: false,
    place: 'express',
    text: ({ name, circle }) => ({
      title: 'A values conversation',
      body: `${name} started a values conversation in ${circle}. Answer it on your own time.`,
    }),
  },
  values_waiting: {
    push: true,
    email: false,
    place: 'express',
    text: ({ circle }) => ({
      title: 'A values conversation waits for you',
      body: `A values conversation in ${circle} waits for your answers. Nobody reads anyone’s until all have answered.`,
    }),
  },
  values_ready: {
    push: true,
    email: false,
    place: 'express',
    text: ({ circle }) => ({
      title: 'A values conversation is ready',
      body: `Everyone has answered a values conversation in ${circle}: you can read it together.`,
    }),
  },
  act_noticed: {
    push: false,
    email: false,
    place: 'circle',
    text: ({ circle }) => ({
      title: 'Your care was noticed',
      body: `Someone in ${circle} noticed care you gave.`,
    }),
  },
};

const SOMEONE = 'Someone';
const SOME_CIRCLE = 'one of your circles';

/** The push (and email) words of one update. */
export function updateMessage(kind: UpdateKind, facts: UpdateFacts): UpdateMessage {
  return UPDATE_DELIVERY[kind].text({
    name: facts.actorName ?? SOMEONE,
    circle: facts.circleName ?? SOME_CIRCLE,
    answer: facts.detail,
    scheduled: facts.actorMemberId === null,
  });
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
 * The one push that stands for several updates: how many wait, and where (by circle name).
 * `names` has the name of each circle in `circles` (a circle gone is "one of your circles").
 */
export function bundleMessage(
  circles: readonly BundledCircle[],
  names: ReadonlyMap<string, string>,
): UpdateMessage {
  const count = circles.reduce((sum, c) => sum + c.count, 0);
  const named = circles.map((c) => names.get(c.circleId) ?? SOME_CIRCLE);
  const where =
    named.length === 1
      ? named[0]
      : named.length === 2
        ? `${named[0]} and ${named[1]}`
        : `${named.length} of your circles`;
  return {
    title: 'Updates from your circles',
    body: `${count} update${count === 1 ? '' : 's'} wait${count === 1 ? 's' : ''} for you in ${where}.`,
  };
}

/** The email of one update, to a confirmed address, with links to its place and to settings. */
export function updateEmail(input: {
  readonly to: { email: string; name: string };
  readonly message: UpdateMessage;
  /** The app's address, without a trailing slash. */
  readonly app: string;
  readonly url: string;
  readonly unsubscribe: string;
}): MailMessage {
  const { to, message, app, url, unsubscribe } = input;
  return {
    to: to.email,
    subject: message.title,
    text:
      `Hello ${to.name},\n\n${message.body}\n\nSee it in recipro: ${app}${url}\n\n` +
      `You chose to hear of this by email. Choose which updates reach you, and how: ${app}/reminders\n` +
      `To stop reminder and update emails: ${unsubscribe}\n`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
