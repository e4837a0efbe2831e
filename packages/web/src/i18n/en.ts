/**
 * English messages: every user-facing string of the web app. Placeholders are `{name}`; plural
 * messages come in `_one` / `_other` pairs chosen by Intl.PluralRules (see i18n/index.ts).
 * Other languages provide the same keys (type Messages).
 */
import { CATALOGUE_OFFERS } from '@recipro/core';
import { enAccount } from './en-account.ts';
import { enBalance } from './en-balance.ts';
import { enCycle } from './en-cycle.ts';
import { enGuides } from './en-guides.ts';
import { enLoad } from './en-load.ts';
import { enTime } from './en-time.ts';
import { enSupport } from './en-support.ts';
import { enUpdates } from './en-updates.ts';
import { enQuestions } from './en-questions.ts';
import { enFirstRun, enNextSteps, enWelcome } from './en-welcome.ts';
import { enUndo } from './en-undo.ts';
import type { enChat } from './en-chat.ts';
import type { enGuideBodies } from './en-guide-bodies.ts';
import type { enInsights } from './en-insights.ts';
import type { enRepairGuide } from './en-repair-guide.ts';
import type { enReports } from './en-reports.ts';
import { enLanguage } from './en-language.ts';

/**
 * The common responsibilities' titles (Share the load), by their stable id, from the one list of
 * them (core's CATALOGUE_OFFERS): a responsibility taken from that list shows its title in the
 * reader's language (load/titles.ts).
 */
const responsibilityMessages = Object.fromEntries(
  CATALOGUE_OFFERS.map((item) => [`responsibility.${item.id}`, item.title]),
) as Record<`responsibility.${string}`, string>;

export const en = {
  'app.name': 'recipro',
  'app.tagline': 'Care, given and received, over time.',
  'nav.label': 'Main',
  'nav.more': 'More',
  'nav.yours': 'You',
  'nav.skip': 'Skip to content',
  'header.signedInAs': 'Signed in as {name}',
  'header.signOut': 'Sign out',
  'common.loading': 'Loading…',
  'common.you': 'you',
  'common.optional': '(optional)',
  'common.keepIt': 'Keep it',
  'common.deleting': 'Deleting…',
  'common.removing': 'Removing…',
  'list.showMore': 'Show more',
  'list.loadingMore': 'Loading more…',
  'list.more': 'more',
  'list.less': 'less',

  'member.former': 'a former member',
  'member.former.opening': 'A former member',

  'error.network': 'We could not reach recipro. Check your connection and try again.',
  'error.unexpected': 'Something went wrong on our side. Please try again in a moment.',
  'error.code.validation_failed':
    'Something in what you sent was not accepted. Please check it and try again.',
  'error.code.unauthenticated': 'You are signed out. Please sign in again to go on.',
  'error.code.forbidden': 'This is not yours to do, so nothing was changed.',
  'error.code.pending':
    'You asked to join this circle. You will see it once someone in it lets you in.',
  'error.code.not_found': 'We could not find that. It may have been removed in the meantime.',
  'error.code.request_timeout': 'That took too long to reach recipro. Please try again.',
  'error.code.conflict':
    'This changed in the meantime, so nothing was done. Reload the page to see it as it is now.',
  'error.code.circle_full': 'This circle already has its two people.',
  'error.code.payload_too_large': 'That is too much to send at once. Please make it shorter.',
  'error.code.uri_too_long': 'That address is too long to open.',
  'error.code.rate_limited':
    'That was tried many times in a short while. Please wait a little and try again.',
  'error.code.unavailable': 'recipro cannot do this just now. Please try again in a while.',

  'validation.nameRequired': 'Please tell us your name.',
  'validation.nameTooLong': 'Please keep it to {max} characters or fewer.',
  'validation.emailInvalid': 'That email address looks incomplete: it needs an @ and a domain.',
  'validation.passwordRequired': 'Please enter your password.',
  'validation.passwordShort': 'Please use at least {min} characters.',
  'validation.circleNameRequired': 'Give your circle a name, such as “Sam & Alex”.',
  'validation.noteTooLong': 'Notes can be up to {max} characters; this one has {count}.',

  'auth.signUp.title': 'Create your account',
  'auth.signUp.intro':
    'recipro helps people who matter to each other see the care that flows between them.',
  'auth.signUp.submit': 'Create account',
  'auth.signUp.pending': 'Creating your account…',
  'auth.signIn.title': 'Welcome back',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.pending': 'Signing in…',
  'auth.signIn.noMatch': 'That email and password do not match an account.',
  'auth.signUp.emailTaken':
    'An account cannot be made with this email. If it is yours, sign in instead.',
  'auth.name': 'Your name',
  'auth.name.hint': 'This is how people in your circles will see you.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.password.hint': 'At least {min} characters.',
  'auth.toSignIn': 'Already have an account? Sign in',
  'auth.toSignUp': 'New here? Create an account',

  'home.title': 'Your circles',
  'home.waiting.title': 'Waiting to be let in',
  'home.waiting.body': 'You asked to join. You will see the circle once someone in it lets you in.',
  'home.empty':
    'You are not in a circle yet. Start one below, then invite the people who matter to you.',
  'home.members': '{count, plural, one {# person} other {# people}}',

  'kind.couple': 'Couple',
  'kind.family': 'Family',
  'kind.friends': 'Friends',
  'kind.team': 'Team',

  'create.title': 'Start a circle',
  'create.name': 'Circle name',
  'create.name.hint': 'For example “Sam & Alex” or “The Patel family”.',
  'create.kind': 'Who is it for?',
  'create.submit': 'Create circle',
  'create.pending': 'Creating…',

  'circle.notFound.title': 'We could not find that circle',
  'circle.notFound.body':
    'It may not exist, or you may not be in it yet. Ask someone in it for an invitation link.',
  'circle.backHome': 'Back to your circles',
  'circle.members': 'With {names}',
  'members.title': 'People in this circle',
  'members.you': 'You',
  'members.keeper': 'keeper',
  'members.makeKeeper': 'Make {name} the keeper',
  'members.keeperHanded': '{name} is the keeper now.',
  'members.remove': 'Remove',
  'members.remove.label': 'Remove {name} from the circle',
  'members.remove.confirm':
    '{name} will no longer be in this circle. What they wrote here is deleted; the care they gave and received stays for the others, from or to “a former member”.',
  'members.remove.yes': 'Remove {name}',
  'members.removed': '{name} is no longer in the circle.',
  'members.links.title': 'Unused invitation links',
  'members.link': 'A link that works until {until}',
  'members.link.withdraw': 'Withdraw this link',
  'members.link.withdrawn': 'The link is withdrawn; it no longer lets anyone ask to join.',
  'circle.requests.title': 'Asking to join',
  'circle.requests.intro':
    'They opened an invitation to this circle. They see nothing here until one of you lets them in.',
  'circle.requests.asks': '{name} asked to join.',
  'circle.requests.admit': 'Let {name} in',
  'circle.requests.decline': 'Not now',
  'circle.requests.admitted': '{name} is in the circle now.',
  'circle.requests.declined': 'You turned down the request from {name}.',
  'circle.waiting.title': 'Waiting to be let in',
  'circle.alone': 'Just you so far.',

  'log.title': 'Log an act of care',
  'log.who': 'Who is it for?',
  'log.forms': 'Tap what you gave {name}',
  'log.more': 'More: effort and a note',
  'log.effort': 'Effort',
  'log.note': 'Note',
  'log.note.hint': 'Everyone in this circle can read it.',
  'log.done': 'Logged: {form} for {name}.',
  'log.pending': 'Logging {form}…',
  'log.noOthers': 'Invite someone to this circle below, then log the care you give them here.',
  'log.noOthersYet': 'Once you let them in, log the care you give them here.',

  'effort.1': 'Small',
  'effort.2': 'Medium',
  'effort.3': 'Big',

  'inbox.title': 'Care you received',
  'inbox.empty':
    'Nothing here yet. When someone logs care for you, it appears here for you to notice.',
  'inbox.notice': 'I noticed',
  'inbox.notice.label': 'I noticed: {form} from {name}',
  'inbox.noticed': 'You noticed this',
  'inbox.question': 'I don’t recognise this',
  'inbox.question.label': 'I don’t recognise this: {form} from {name}',
  'inbox.questioned':
    'You said you don’t recognise this. It stays out of your rhythm until {name} changes it or takes it back.',
  'inbox.from': 'From {name}',

  'given.title': 'Care you gave',
  'given.empty': 'Tap a form of care above to log something you did for someone.',
  'given.for': 'For {name}',
  'given.questioned':
    '{name} doesn’t recognise this one. If something is off, change it or take it back; until then it stays out of your rhythm together.',
  'act.lateEntry': 'logged later',
  'given.noticed': '{name} noticed this',

  'act.change': 'Change',
  'act.change.label': 'Change {form} for {name}, {when}',
  'act.remove': 'Remove',
  'act.remove.label': 'Remove {form} for {name}, {when}',
  'act.remove.confirm': 'This act will be removed from your circle’s history.',
  'act.remove.yes': 'Remove it',
  'act.removed': 'Removed {form} for {name}.',
  'act.edit.title': 'Change this act of care',
  'act.edit.form': 'What you gave',
  'act.edit.whoFormer':
    'You logged this for a former member. Leave it so, or choose who it was really for.',
  'act.edit.when': 'When it happened',
  'act.edit.when.required': 'Choose the day and time it happened.',
  'act.edit.when.future': 'That time has not come yet; choose a moment that has passed.',
  'act.edit.note.hint': 'Everyone in this circle can read it. Empty it to remove the note.',
  'act.edit.save': 'Save',
  'act.edit.saving': 'Saving…',
  'act.edit.cancel': 'Cancel',
  'act.edit.saved': 'Saved your changes to {form} for {name}.',
  'act.edit.unchanged': 'Nothing was changed.',

  'summary.title': 'The last {days} days',
  'summary.intro':
    'Care flows both ways over time. Some seasons lean one way, and that is part of the rhythm.',
  'summary.reachedYou': 'Care that reached you',
  'summary.receivedFrom': '{name} cared for you in these days',
  'summary.receivedNone': 'Nothing logged from {name} to you in these days',
  'summary.rhythm.thin': 'Too little logged between you and {name} yet to show a rhythm',
  'summary.rhythm.bothWays': 'Care between you and {name} has gone both ways lately',
  'summary.rhythm.towardMe': 'Care between you and {name} has leaned toward you lately',
  'summary.rhythm.fromMe': 'Care between you and {name} has come mostly from you lately',
  'summary.youNoticed':
    '{count, plural, one {You marked # act of care as noticed} other {You marked # acts of care as noticed}}',
  'summary.yourCare': 'Your care',
  'summary.youGave':
    '{count, plural, one {You gave # act of care in these days} other {You gave # acts of care in these days}}',
  'summary.youGaveNone': 'Nothing logged from you in these days yet; a small act is a fine start.',
  'summary.yoursNoticed':
    '{count, plural, one {# was marked noticed} other {# were marked noticed}}',
  'summary.others': 'Care also went between others in the circle.',
  'summary.empty': 'When care is logged in this circle, the last {days} days show here.',

  'invite.title': 'Invite someone',
  'invite.intro': 'Create a link and send it to the person you want in this circle.',
  'invite.create': 'Create invite link',
  'invite.pending': 'Creating link…',
  'invite.link': 'Invite link',
  'invite.copy': 'Copy link',
  'invite.copied': 'Link copied.',
  'invite.share': 'Share link…',
  'invite.shareTitle': 'Join me on recipro',
  'invite.shareText': 'I would like you in my circle on recipro. This link works once:',
  'invite.shared': 'Link shared.',
  'invite.shareFailed': 'Sharing did not work here. Copy the link instead.',
  'invite.copyFailed': 'Copying did not work here. Select the link and copy it yourself.',
  'invite.expires': 'It works once, until {date}.',

  'accept.title': 'You are invited',
  'accept.waiting.title': 'You asked to join {circle}',
  'accept.waiting.body':
    '{inviter} or someone else in the circle will let you in. Once they do, you will find it among your circles.',
  'accept.full':
    '“{circle}” is a couple circle and already has its two people, so it cannot take another.',
  'accept.body': '{inviter} invited you to join “{circle}”.',
  'accept.join': 'Ask to join {circle}',
  'accept.pending': 'Joining…',
  'accept.as': 'You will join as {name}.',
  'accept.authFirst': 'Create an account, or sign in, to join.',
  'accept.notNow': 'Not now',
  'accept.invalid.title': 'This invitation cannot be used',
  'accept.invalid.body':
    'It may have expired or been used already. Ask the person who sent it for a new link.',

  'offline.title': 'You are offline',
  'offline.body':
    'recipro needs a connection to show your circles. It will be right here when you are back.',
  'offline.retry': 'Try again',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. Your circles are on the home page.',

  // The forms of care by their ids (core's FORMS_OF_CARE): a name, and what it covers under it.
  // Inside an insight's sentence each has its own everyday phrase (insight.form.*).
  'form.practical': 'Practical help',
  'form.practical.hint': 'Chores, errands, a cup of tea, fixing things',
  'form.emotional': 'Emotional support',
  'form.emotional.hint': 'Listening, comfort, putting the phone away',
  'form.communication': 'Communication',
  'form.communication.hint': 'Sharing your day, asking, checking in',
  'form.affection': 'Affection',
  'form.affection.hint': 'Warmth, touch, loving words',
  'form.intimacy': 'Intimacy',
  'form.intimacy.hint': 'Closeness, in body and heart',
  'form.quality_time': 'Quality time',
  'form.quality_time.hint': 'Undivided time, doing things together',
  'form.respect': 'Respect',
  'form.respect.hint': 'Honouring boundaries, views and privacy',
  'form.repair': 'Repair',
  'form.repair.hint': 'Saying sorry, restarting the talk',
  'form.healing': 'Healing',
  'form.healing.hint': 'Staying close through stress, grief or illness',
  'form.future': 'Future',
  'form.future.hint': 'Plans, money, commitments, routines',
  'form.appreciation': 'Appreciation',
  'form.appreciation.hint': 'Thanks, noticing, acknowledging effort',
  'form.mental_load': 'Mental load',
  'form.mental_load.hint': 'Remembering, planning, organising',
  ...responsibilityMessages,
  'chat.title': 'Import a chat',
  ...enBalance,
  ...enCycle,
  ...enLoad,
  ...enTime,
  ...enSupport,
  ...enAccount,
  ...enUpdates,
  ...enGuides,
  ...enQuestions,
  ...enWelcome,
  ...enFirstRun,
  ...enNextSteps,
  ...enUndo,
  // The navigation's entry of reports/ (the page's own words load with it: areas.ts).
  'counsel.report.title': 'Report for a counsellor',
  ...enLanguage,
};

/** Every message's key: those every screen has, and those of the areas some load (areas.ts). */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enRepairGuide
  | keyof typeof enChat
  | keyof typeof enGuideBodies
  | keyof typeof enInsights
  | keyof typeof enReports;
/** The shape every language's messages must have (its areas are typed on their own). */
export type Messages = Record<keyof typeof en, string>;
