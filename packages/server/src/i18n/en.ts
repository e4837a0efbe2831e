/**
 * English: every word the server itself sends or renders to a person, in ICU MessageFormat (as
 * the web's catalogues). The source es.ts, hi.ts and ar.ts translate, typed as `Catalogue`, so
 * each has exactly these keys. API error messages are not here: the web says each error code
 * in its own words (docs/ARCHITECTURE.md, "One error table").
 *
 * The words follow docs/voice.md: warm, about the reader, no score. A message about an update
 * is made from the kind, the circle's name and the acting member's name only
 * (notify/update-messages.ts).
 */
export const en = {
  // A person's greeting, at the top of every email.
  'mail.hello': 'Hello {name},',

  // Updates between members, by push and email (notify/update-messages.ts): a title and a body
  // per kind, `update.<kind>.title` and `update.<kind>.body`.
  'update.someone': 'Someone',
  'update.someCircle': 'one of your circles',
  'update.invitation_accepted.title': 'Someone asks to join',
  'update.invitation_accepted.body':
    '{name} asked to join {circle}. Anyone in the circle can let them in.',
  'update.member_admitted.title': 'Someone new has joined',
  'update.member_admitted.body': 'Someone new has joined {circle}.',
  'update.welcome.title': 'Welcome',
  'update.welcome.body': '{name} let you into {circle}. Welcome!',
  'update.removed_from_circle.title': 'A circle you were in',
  'update.removed_from_circle.body': 'You are no longer in {circle}.',
  'update.act_questioned.title': 'An act of care to look at',
  'update.act_questioned.body':
    '{name} didn’t recognise an act of care you logged in {circle}. You can change it or take it back.',
  'update.season_suggested.title': 'A season suggested',
  'update.season_suggested.body':
    '{name} suggested a season about you in {circle}. It is yours to accept or decline.',
  'update.season_answered.title': 'Your suggested season',
  'update.season_answered.body': '{name} answered the season you suggested in {circle}.',
  'update.season_answered.body.accepted': '{name} accepted the season you suggested in {circle}.',
  'update.season_answered.body.declined': '{name} declined the season you suggested in {circle}.',
  'update.handover_proposed.title': 'A hand-over for you',
  'update.handover_proposed.body':
    '{name} proposed a hand-over with you in {circle}. It waits for your answer.',
  'update.handover_answered.title': 'Your proposed hand-over',
  'update.handover_answered.body': '{name} answered the hand-over you proposed in {circle}.',
  'update.handover_answered.body.accepted':
    '{name} accepted the hand-over you proposed in {circle}.',
  'update.handover_answered.body.declined':
    '{name} declined the hand-over you proposed in {circle}.',
  'update.responsibility_changed.title': 'A shared responsibility changed',
  'update.responsibility_changed.body': '{name} changed a responsibility you share in {circle}.',
  'update.responsibility_removed.title': 'A shared responsibility removed',
  'update.responsibility_removed.body': '{name} removed a responsibility you shared in {circle}.',
  'update.ritual_changed.title': 'A shared ritual changed',
  'update.ritual_changed.body': '{name} changed a ritual you share in {circle}.',
  'update.ritual_stopped.title': 'A shared ritual stopped',
  'update.ritual_stopped.body': '{name} stopped a ritual you shared in {circle}.',
  'update.reset_requested.title': '“Let’s reset”',
  'update.reset_requested.body':
    '{name} said “let’s reset” about a hard moment in {circle}. Reaching back, soon and gently, is what helps.',
  'update.rupture_waiting.title': 'A repair waits for you',
  'update.rupture_waiting.body':
    '{name} said a hard moment in {circle} is repaired for them. Say so too when it is for you.',
  'update.rupture_repaired.title': 'Repaired',
  'update.rupture_repaired.body': 'A hard moment in {circle} is repaired for everyone in it.',
  'update.question_answered.title': 'Today’s question',
  'update.question_answered.body':
    'Everyone in {circle} has answered today’s question: you can read the answers together.',
  'update.repair_guide_waiting.title': 'Talking it through',
  'update.repair_guide_waiting.body':
    'Talking through a hard moment in {circle} waits for your answers, whenever you feel calm enough. Nobody reads anyone’s until everyone has finished.',
  'update.repair_guide_revealed.title': 'Ready to read together',
  'update.repair_guide_revealed.body':
    'Everyone has finished talking through a hard moment in {circle}: you can read it together.',
  'update.need_shared.title': 'A need shared with you',
  'update.need_shared.body':
    '{name} shared a need with you in {circle}. You can read it in recipro.',
  'update.checkin_opened.title': 'A check-in is open',
  'update.checkin_opened.body': '{name} opened a check-in in {circle}. Answer it on your own time.',
  'update.checkin_opened.body.scheduled':
    'A check-in opened in {circle}, as your circle planned. Answer it on your own time.',
  'update.checkin_waiting.title': 'A check-in waits for you',
  'update.checkin_waiting.body':
    'A check-in in {circle} waits for your answers. Nobody sees anyone’s until all have answered.',
  'update.checkin_ready.title': 'A check-in is ready',
  'update.checkin_ready.body':
    'Everyone has answered a check-in in {circle}: you can look at it together.',
  'update.values_opened.title': 'A values conversation',
  'update.values_opened.body':
    '{name} started a values conversation in {circle}. Answer it on your own time.',
  'update.values_waiting.title': 'A values conversation waits for you',
  'update.values_waiting.body':
    'A values conversation in {circle} waits for your answers. Nobody reads anyone’s until all have answered.',
  'update.values_ready.title': 'A values conversation is ready',
  'update.values_ready.body':
    'Everyone has answered a values conversation in {circle}: you can read it together.',
  'update.act_noticed.title': 'Your care was noticed',
  'update.act_noticed.body': 'Someone in {circle} noticed care you gave.',

  // The one push that stands for several updates. {where} is a circle's name, two joined as the
  // language joins names, or `update.bundle.circles` for three or more.
  'update.bundle.title': 'Updates from your circles',
  'update.bundle.body':
    '{count, plural, one {# update waits for you in {where}.} other {# updates wait for you in {where}.}}',
  'update.bundle.circles': '{count, plural, one {# of your circles} other {# of your circles}}',

  // The email of one update; each line is followed by its link.
  'update.email.see': 'See it in recipro:',
  'update.email.chose':
    'You chose to hear of this by email. Choose which updates reach you, and how:',
  'update.email.stop': 'To stop reminder and update emails:',

  // Reminders the scheduler sends (notify/scheduler.ts); {title} is the ritual's own title.
  'reminder.ritual.body': 'Time for "{title}". A few minutes together is plenty.',
  'reminder.test.title': 'A test reminder from recipro',
  'reminder.test.body': 'This is how your reminders will arrive.',
  'reminder.email.open': 'Open it in recipro:',
  'reminder.email.stop': 'To stop these emails:',

  // Emails about the account (notify/account-mail.ts); the link follows the line before it.
  'account.reset.subject': 'Set a new recipro password',
  'account.reset.asked':
    'Someone (we hope you) asked to set a new password for your recipro account.',
  'account.reset.follow':
    '{minutes, plural, one {Follow this link within # minute to choose one. It works once:} other {Follow this link within # minutes to choose one. It works once:}}',
  'account.reset.notYou': 'If it was not you, ignore this email: your password stays as it is.',
  'account.confirm.subject': 'Confirm your email for recipro',
  'account.confirm.follow':
    '{hours, plural, one {Please confirm that this is your address for recipro by following this link (it works once, within # hour):} other {Please confirm that this is your address for recipro by following this link (it works once, within # hours):}}',
  'account.confirm.until':
    'Until then recipro sends no reminders to it. If you did not expect this, ignore this email.',

  // A person's calendar feed of rituals (services/notifications.ts).
  'calendar.name': 'recipro rituals',
  'calendar.description': 'A ritual of {circle}.',

  // The page an email's unsubscribe link opens, and the one after its button.
  'unsubscribe.title': 'Stop reminder emails',
  'unsubscribe.heading': 'Stop reminder emails?',
  'unsubscribe.text':
    'You will no longer get recipro reminders by email. You can turn them on again in the app.',
  'unsubscribe.button': 'Stop reminder emails',
  'unsubscribe.done.title': 'Unsubscribed',
  'unsubscribe.done.heading': 'Done',
  'unsubscribe.done.text': 'You will not get reminder emails any more.',

  // A circle's acts as CSV: who gave or received an act, once they have left the circle.
  'export.formerMember': 'a former member',
};

export type MessageKey = keyof typeof en;

/** A language's messages: exactly English's keys (a missing or an extra key does not compile). */
export type Catalogue = { readonly [K in MessageKey]: string };
