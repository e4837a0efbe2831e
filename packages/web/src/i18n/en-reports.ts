/**
 * English messages of reports for a counsellor and "Talking to a counsellor" (issue 18). Merged
 * into `en` in en.ts; keys start with `counsel.`. What a report says is the server's own page,
 * in the reader's language (packages/server/src/i18n), shown here as it is.
 */
export const enReports = {
  'counsel.report.intro':
    'Put together what your circle already shares — rhythm, seasons, check-ins, repair, load and rituals — for a counsellor to read with you. Nothing private goes in, and it leaves the circle only when everyone in it agrees.',
  'counsel.report.backToCircle': 'Back to {name}',
  'counsel.report.talking': 'Talking to a counsellor',

  'counsel.prepare.title': 'Prepare a report',
  'counsel.prepare.period': 'Which days',
  'counsel.prepare.month': 'The last month',
  'counsel.prepare.quarter': 'The last three months',
  'counsel.prepare.chosen': 'Days I choose',
  'counsel.prepare.from': 'First day',
  'counsel.prepare.to': 'Last day',
  'counsel.prepare.button': 'Prepare the report',
  'counsel.prepare.done':
    'The report is ready. Look through it, then agree when you are happy to share it.',
  'counsel.prepare.badDates': 'Choose a first day that comes before the last day, within a year.',

  'counsel.list.title': 'Your reports',
  'counsel.list.empty':
    'No reports yet. Prepare one above when you would like to bring your rhythm to a counsellor.',
  'counsel.list.item': '{from} to {to}',
  'counsel.list.open': 'Open',

  'counsel.status.agreed': 'Everyone agreed',
  'counsel.status.waiting': 'Waiting for everyone to agree',
  'counsel.member.agreed': '{name}: agreed',
  'counsel.member.waiting': '{name}: not yet',
  'counsel.member.you': 'You',

  'counsel.view.title': 'What it holds',
  'counsel.view.caption':
    'This is exactly what a counsellor will see. It was put together when the report was prepared and does not change, except for the words each of you adds.',
  'counsel.view.frame': 'The report, as a counsellor will see it',
  'counsel.view.print': 'Open the printable page',

  'counsel.agree.title': 'Your agreement',
  'counsel.agree.button': 'I agree to share this report',
  'counsel.agree.done': 'You agreed. It can be shared once everyone has.',
  'counsel.agree.yours': 'You agreed to share this report.',
  'counsel.withdraw.button': 'Take my agreement back',
  'counsel.withdraw.done':
    'You took your agreement back. Every link to this report has stopped working.',

  'counsel.words.title': 'Your words for the reader',
  'counsel.words.hint':
    'Anything you would like a counsellor to know before you meet. Saving or removing them changes the report, so everyone is asked to agree again.',
  'counsel.words.label': 'Your words',
  'counsel.words.save': 'Save my words',
  'counsel.words.remove': 'Remove my words',
  'counsel.words.saved': 'Saved. Everyone is asked to agree again.',
  'counsel.words.removed': 'Removed. Everyone is asked to agree again.',

  'counsel.links.title': 'Share with a counsellor',
  'counsel.links.waiting': 'A link can be made once everyone has agreed.',
  'counsel.links.intro':
    'A link opens the report without signing in, until it expires or you stop it. Every opening is listed below for all of you.',
  'counsel.links.days': 'Open for',
  'counsel.links.daysOption': '{count, plural, one {# day} other {# days}}',
  'counsel.links.make': 'Make a link',
  'counsel.links.made': 'Here is the link. Copy it now: it is shown only once.',
  'counsel.links.url': 'The link to give your counsellor',
  'counsel.links.none': 'No links yet.',
  'counsel.links.open': 'Open until {date}',
  'counsel.links.ended': 'Stopped',
  'counsel.links.expired': 'Expired on {date}',
  'counsel.links.revoke': 'Stop this link',
  'counsel.links.revoked': 'The link has stopped working.',
  'counsel.links.pdf': 'The PDF',

  'counsel.email.title': 'Send the PDF by email',
  'counsel.email.address': 'Your counsellor’s email address',
  'counsel.email.hint':
    'Who receives the report is part of what everyone agrees to: saving an address asks everyone again.',
  'counsel.email.save': 'Save the address',
  'counsel.email.saved': 'Saved. Everyone is asked to agree again.',
  'counsel.email.send': 'Send the PDF',
  'counsel.email.sent': 'Sent to {address}.',
  'counsel.email.last': 'Last sent {date}',

  'counsel.openings.title': 'Openings',
  'counsel.openings.none': 'Nobody has opened a link yet.',
  'counsel.openings.page': '{date}: the page was opened',
  'counsel.openings.pdf': '{date}: the PDF was opened',

  'counsel.talk.title': 'Talking to a counsellor',
  'counsel.talk.intro':
    'Sometimes the balance does not come back on its own. A counsellor can help you hear each other and find a rhythm again. Asking for help is a way of caring for what you share.',
  'counsel.talk.kinds': 'Kinds of counselling',
  'counsel.talk.couple.title': 'Couples counselling',
  'counsel.talk.couple.body':
    'Both partners meet a counsellor together, to talk about what keeps going wrong, how you repair, and what each of you needs.',
  'counsel.talk.family.title': 'Family counselling',
  'counsel.talk.family.body':
    'Family members meet together, to share out care and household work more fairly and to talk through changes such as a new baby, an illness or caring for a parent.',
  'counsel.talk.team.title': 'Team coaching and mediation',
  'counsel.talk.team.body':
    'A team works with a coach or mediator on how help, feedback and workload go round, so that nobody carries it all alone.',
  'counsel.talk.report.title': 'How a report can help',
  'counsel.talk.report.body':
    'A report shows a counsellor the rhythm of care over weeks or months — patterns, never who did more — so your first meetings can start from what you both see. Everyone in it agrees first, and any of you can take it back.',
  'counsel.talk.report.link': 'Prepare a report in {name}',
  'counsel.talk.find.title': 'Finding a counsellor',
  'counsel.talk.find.body':
    'These directories list help near you. If you are afraid of someone in your circle, talk to a support line first rather than sharing a report.',
  'counsel.talk.support': 'Support and help lines',
  'supportPage.purpose.counselling': 'Couples, family and relationship counselling',
};
