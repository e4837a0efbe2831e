/**
 * English messages of the short guides and the guided rituals (issue 15). Merged into `en` in
 * en.ts; keys start with `guides.` or `ritualGuide.`. Each guide's paragraph is one message
 * (`guides.<id>.p1` …), so a translation can follow it paragraph by paragraph; which guides
 * exist, where they are offered and their sources are in `guides/catalogue.ts`.
 */
export const enGuides = {
  'guides.title': 'Guides',
  'guides.intro':
    'Short reads on giving and receiving care, each about two minutes long and ending in one small thing to try.',
  'guides.list': 'All guides',
  'guides.readTime': 'A two-minute read',
  'guides.firstSteps': 'Your first steps, again',
  'guides.firstSteps.lead':
    'New here, or want a refresher? Make a circle, invite someone, log a first act of care and see what “I noticed” means, one step at a time.',
  'guides.link': 'A two-minute read: {title}',
  'guides.links': 'Short reads that may help here',
  'guides.tryThis': 'One small thing to try',
  'guides.sources': 'Where these ideas come from',
  'guides.source': '{authors} ({year}). {title}. {where}.',
  'guides.back': 'All guides',
  'guides.notTherapy':
    'Written for recipro, drawing on the work listed here. It is not therapy, and it cannot judge whether a relationship is safe.',
  'guides.support': 'Feeling afraid or unsafe? Find people who can help',
  'guides.notFound.title': 'Guide not found',
  'guides.notFound.body': 'There is no guide at this address. All the guides are in one list.',
  'guides.aside.settings': 'Two-minute reads on giving and receiving care are in Guides.',
  'guides.aside.support':
    'Not in danger, but finding things hard? Short reads on conflict, repair and heavy seasons are in Guides.',
  'guides.aside.go': 'Open the guides',

  // The three kinds of reciprocity, and why exact tit-for-tat hurts.
  'guides.three-kinds.title': 'Three kinds of give and take',

  // The hurt-for-hurt spiral and how to step out of it.
  'guides.hurt-for-hurt.title': 'The hurt-for-hurt spiral',

  // Saying when you feel disrespected.
  'guides.feeling-disrespected.title': 'Saying when you feel disrespected',

  // Different conflict styles (talk now or take space) and agreeing on a pause.
  'guides.talk-now-or-later.title': 'Talk now, or take some space?',

  // Calming down together (co-regulation).
  'guides.calming-together.title': 'Calming down together',

  // How childhood, attachment and past hurt shape giving and asking.
  'guides.where-we-come-from.title': 'Where our ways of giving come from',

  // Stress, burnout and mental health in a season.
  'guides.hard-seasons.title': 'Hard seasons: stress, burnout and mental health',

  // Screens and attention.
  'guides.screens-and-attention.title': 'Screens and attention',

  // "Talk, or just company?"
  'guides.talk-or-company.title': 'Talk, or just company?',

  // Culture and care.
  'guides.culture-and-care.title': 'Culture and care',

  // Guided rituals: what the guide of each kind of ritual says, and its gentle timer.
  'ritualGuide.open': 'Open the guide',
  'ritualGuide.openLabel': 'Open the guide: {title}',
  'ritualGuide.back': 'Back to rituals',
  'ritualGuide.notSaved':
    'Nothing you say here is saved. It is just for talking; you can stop or skip ahead at any time.',
  'ritualGuide.progress': 'Step {step} of {total}',
  'ritualGuide.previous': 'Back',
  'ritualGuide.next': 'Next',
  'ritualGuide.finish': 'We did it',
  'ritualGuide.doneNow': 'I’m done',
  'ritualGuide.doneNowHint': 'Ends the guide here and notes the ritual as done.',
  'ritualGuide.finishing': 'Noting it…',
  'ritualGuide.done.title': 'Done',
  'ritualGuide.done': 'Noted: “{title}”. Thank you for making the time.',
  'ritualGuide.keep':
    'Nothing said here was saved. If you would like to keep something, you can do it in your own time:',
  'ritualGuide.keep.log': 'Log an act of care',
  'ritualGuide.keep.need': 'Share a need',
  'ritualGuide.notFound.title': 'Ritual not found',
  'ritualGuide.notFound.body':
    'This ritual is not here any more; it may have been stopped. Your other rituals are on the Rituals page.',
  'ritualGuide.turn.you': 'Your turn',
  'ritualGuide.turn.other': '{name}’s turn',
  'ritualGuide.turn.order': 'Going round: {names}',
  'ritualGuide.turn.next': 'Next person',
  'ritualGuide.item.ask':
    'Go round: how true did this feel for you this week? What would make it a little truer next week?',
  'ritualGuide.item.own':
    'These are recipro’s own check-in questions, not a standard or validated scale. Nothing is counted or saved.',

  'ritualGuide.timer.label': 'Time left',
  'ritualGuide.timer.start': 'Start the timer',
  'ritualGuide.timer.pause': 'Pause',
  'ritualGuide.timer.resume': 'Carry on',
  'ritualGuide.timer.again': 'Start again',
  'ritualGuide.timer.quiet': 'It makes no sound; it simply stops when the time is up.',
  'ritualGuide.timer.paused': 'The timer is paused.',
  'ritualGuide.timer.ended':
    '{count, plural, one {The minute is up. Finish what you are saying; there is no hurry.} other {The # minutes are up. Finish what you are saying; there is no hurry.}}',

  'ritualGuide.nightly.intro':
    'Ten quiet minutes together. Put phones away, sit somewhere comfortable and start the timer when you are ready. There are three questions: take them at your own pace, and skip any that do not fit tonight.',
  'ritualGuide.nightly.moment': 'What is one moment from today you would like to share?',
  'ritualGuide.nightly.hard': 'What was hard today, and what helped, or would have helped?',
  'ritualGuide.nightly.tomorrow': 'Is there one thing you would like from each other tomorrow?',

  'ritualGuide.appreciation.intro': 'Two minutes for thanks. Start the timer, then take turns.',
  'ritualGuide.appreciation.thanks':
    'Name one thing someone here did lately that you were glad of, and say what it meant to you. Whoever hears it only says thank you: no “oh, it was nothing”.',

  'ritualGuide.weekly.intro':
    'A calm look at the week. Go through a few sentences together; for each one, everyone says how true it felt and why. Listen first, and leave solving for the end.',

  'ritualGuide.family-month.intro':
    'A family meeting in turns, once a month. For each item, go round so that everyone speaks once while the others listen. One person can read the items out.',
  'ritualGuide.family-month.well': 'What went well this month?',
  'ritualGuide.family-month.heavy': 'What felt heavy, or too much?',
  'ritualGuide.family-month.coming':
    'What is coming up next month that we should plan for together?',
  'ritualGuide.family-month.ask':
    'One thing I would like help with, or would like us to do together.',
  'ritualGuide.family-month.change':
    'Together, choose one small change to try this month. If it is a job that needs an owner, you can share it out in Share the load.',

  'ritualGuide.feedback-round.intro':
    'Each person in turn says two things while the others listen. Thank each speaker; questions can wait until everyone has spoken.',
  'ritualGuide.feedback-round.heading': 'Two things each',
  'ritualGuide.feedback-round.received':
    'One thing I received from someone here lately, and what it made possible.',
  'ritualGuide.feedback-round.needed': 'One thing I need from the others in the coming weeks.',

  'ritualGuide.together.intro': 'Time together, however you like to spend it.',
  'ritualGuide.together.arrive':
    'Put phones away and take a moment to arrive. How is everyone, really?',
  'ritualGuide.together.enjoy':
    'Enjoy the time. If you would like somewhere to start: what is something you are looking forward to?',
};
