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

  // A report for a counsellor (report/): the page, the PDF and the email that carries it. Each
  // vocabulary is one select message, by the id core uses.
  'report.title': 'A report for a counsellor',
  'report.period': '{from} to {to}',
  'report.people': 'About {names}',
  'report.agreed': 'Everyone in this report agreed to share it.',
  'report.draft':
    'A draft: not everyone in this report has agreed to share it yet. It cannot leave the circle until they do.',
  'report.about.heading': 'About this report',
  'report.about.text':
    'It shows the rhythm of care between the people in it, from what they logged and chose to share in recipro over this period. It holds no private reflections, notes or unrevealed answers, and nothing that was not shared between them. It is not a diagnosis: its numbers describe patterns, not people.',
  'report.care.heading': 'Care in this period',
  'report.care.acts':
    '{count, plural, one {# act of care was logged} other {# acts of care were logged}} between the people in this report.',
  'report.care.noticed':
    '{percent} of them were marked as noticed by the person who received them.',
  'report.care.forms': 'The forms it took, most effort first: {forms}.',
  'report.care.none': 'No acts of care were logged in this period.',
  'report.rhythm.heading': 'Rhythm between each pair',
  'report.rhythm.caption':
    'Each block is {days} days. A band says how evenly care went both ways between two people; it never says from whose side.',
  'report.rhythm.pair': '{a} and {b}',
  'report.rhythm.step': '{from} to {to}: {band}',
  'report.rhythm.latest':
    'Lately: {band}. The pattern over the last {weeks} weeks: {pattern}, with care in {active} of them.',
  'report.rhythm.none': 'Too little care was logged between any two people to read a rhythm.',
  'report.band':
    '{band, select, in_rhythm {In rhythm} leaning {Leaning} one_sided {One-sided} other {Just starting}}',
  'report.pattern':
    '{pattern, select, balanced {balanced} generalized {open-handed giving} negative {one side unseen} other {not enough yet}}',
  'report.seasons.heading': 'Seasons',
  'report.seasons.caption': 'Times when the people in this report expected the balance to shift.',
  'report.seasons.item': '{name}: {kind}, {from} to {to}',
  'report.seasons.ongoing': '{name}: {kind}, from {from}',
  'report.seasons.none': 'No seasons in this period.',
  'report.season':
    '{kind, select, illness {illness} new_baby {a new baby} exams {exams} grief {grief} move {a move} work {busy at work} caregiving {caring for someone} other {another season}}',
  'report.checkins.heading': 'Check-ins',
  'report.checkins.caption': 'Check-ins answered alone and revealed together in this period.',
  'report.checkins.item':
    '{date}: {instrument}, answered by {count, plural, one {# person} other {# people}}',
  'report.checkins.areas': 'Things to talk about: {areas}',
  'report.checkins.none': 'No check-in was revealed in this period.',
  'report.instrument':
    '{instrument, select, csi4 {Couples Satisfaction Index (CSI-4)} csi16 {Couples Satisfaction Index (CSI-16)} other {recipro’s own check-in}}',
  'report.area':
    '{area, select, chores {household chores} mental_load {keeping track of things} emotional_support {emotional support} money {money matters} planning {plans} other {fun and closeness}}',
  'report.csi.heading': 'For a professional reader: Couples Satisfaction Index',
  'report.csi.caption':
    'Each person’s own totals over time, from {min} to {max}; higher means more satisfied. The authors’ published cut-off is {cutOff}: in their research, totals below it went with notable dissatisfaction in the relationship. For a professional to read with the couple, not a label (Funk & Rogge, 2007).',
  'report.csi.person': '{name}: {instrument}',
  'report.csi.point': '{date}: {total}',
  'report.csi.cutOff': 'Published cut-off {cutOff}',
  'report.values.heading': 'Values conversation',
  'report.values.item': '{date}: topics more than one person answered: {topics}',
  'report.values.nothing': '{date}: no topic was answered by more than one person',
  'report.values.none': 'No values conversation was revealed in this period.',
  'report.topic':
    '{topic, select, respect {respect} affection {affection} sharing_chores {sharing chores} sharing_money {sharing money} sharing_time {sharing time} principles {principles} work {work} parenting {parenting} other {growing}}',
  'report.repair.heading': 'Repair',
  'report.repair.caption':
    'Hard moments and how they were repaired, as patterns: nobody’s count is shown.',
  'report.repair.ruptures':
    '{count, plural, one {# hard moment was logged} other {# hard moments were logged}}.',
  'report.repair.repaired':
    'Repaired for everyone involved: {count}. Repaired for some of those involved so far: {some}.',
  'report.repair.time': 'Median time to repair: {duration}. Repaired within a day: {percent}.',
  'report.repair.start':
    '{pattern, select, both_sides {Repair started from both sides.} one_side {Repair mostly started from one side.} other {Too few repairs to say where repair tends to start.}}',
  'report.repair.none': 'No hard moments were logged in this period.',
  'report.duration':
    '{unit, select, minutes {{n, plural, one {# minute} other {# minutes}}} hours {{n, plural, one {# hour} other {# hours}}} other {{n, plural, one {# day} other {# days}}}}',
  'report.load.heading': 'Share the load, by stage',
  'report.load.caption':
    '{count, plural, one {# responsibility was} other {# responsibilities were}} listed when the report was prepared, each weighted by how often it comes round and the effort it takes. Whose share is not shown.',
  'report.load.stage': '{stage}: {spread}',
  'report.load.unowned': '{stage}: {percent} not yet taken by anyone',
  'report.load.none': 'No responsibilities were listed.',
  'report.stage':
    '{stage, select, notice {Noticing} plan {Planning} do {Doing} other {Following up}}',
  'report.spread':
    '{spread, select, shared {shared} one_side {mostly on one side} other {nobody has taken it yet}}',
  'report.rituals.heading': 'Rituals kept',
  'report.rituals.item': '{ritual}: {done} of {of, plural, one {# time} other {# times}}',
  'report.rituals.none': 'No rituals were due in this period.',
  'report.ritual':
    '{kind, select, nightly_checkin {Ten-minute check-in at night} appreciation {Two-minute appreciation} weekly_checkin {How are we doing?} monthly_family_checkin {Monthly family check-in} team_feedback {Reciprocal feedback round} get_together {A regular get-together} other {Our own ritual}}',
  'report.form':
    '{form, select, practical {practical help} emotional {emotional support} communication {communication} affection {affection} intimacy {intimacy} quality_time {quality time} respect {respect} repair {repair} healing {healing} future {the future} appreciation {appreciation} other {mental load}}',
  'report.additions.heading': 'In their own words',
  'report.additions.caption': 'What each person chose to add for the reader.',
  'report.additions.none': 'Nobody added words for the reader.',
  'report.footer':
    'Made with recipro on {date}. recipro is a tool for the people in it, not therapy.',
  'report.pdfEnglish':
    'This PDF is in English: the server has no font for your language’s script yet.',
  'report.email.subject': 'A report from recipro, shared with you',
  'report.email.body':
    '{names} agreed to share this report with you. It is attached as a PDF. It was made with recipro, a tool for the people in it; it holds nothing they did not share between them.',
  'report.notOpen.title': 'This link is not open',
  'report.notOpen.text':
    'The link may have expired or been taken back, or it is not the whole link. Ask the people who shared it for a new one.',

  // A circle's acts as CSV: who gave or received an act, once they have left the circle.
  'export.formerMember': 'a former member',
};

export type MessageKey = keyof typeof en;

/** A language's messages: exactly English's keys (a missing or an extra key does not compile). */
export type Catalogue = { readonly [K in MessageKey]: string };
