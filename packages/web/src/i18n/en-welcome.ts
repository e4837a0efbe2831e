/**
 * English messages of the signed-out welcome, the first-run path after sign-up and the next steps
 * a circle with no activity yet shows. Merged into `en` in en.ts; keys start with `welcome.`,
 * `firstRun.` or `nextSteps.`.
 */
export const enWelcome = {
  'welcome.title': 'Notice the care between you',
  'welcome.lead':
    'recipro is a small, private place for couples, families, close friends and small teams to see the rhythm of giving and receiving care, over weeks and months.',
  'welcome.picture':
    'Two people facing each other, a heart going one way and a cup of tea the other, above a gentle wave.',
  'welcome.points': 'What recipro is',
  'welcome.point.small.title': 'Small acts, noticed',
  'welcome.point.small.body':
    'Log a cup of tea, a listening ear or a plan made, in one tap. The person who received it can say “I noticed”.',
  'welcome.point.rhythm.title': 'A rhythm, not a tally',
  'welcome.point.rhythm.body':
    'Nobody is ranked and nothing is counted against anyone. A busy month, an illness or a new baby shifts the balance for a while; what matters is the rhythm over time.',
  'welcome.point.private.title': 'Private by design',
  'welcome.point.private.body':
    'What you reflect on stays yours. Others see only what you choose to share, and you can leave and take your data with you at any time.',
  'welcome.not':
    'recipro is not therapy and not a way to watch anyone. It is a tool for the people in the relationship, and something you can bring to a counsellor if you like.',
  'welcome.signUp': 'Create an account',
  'welcome.signIn': 'Sign in',
};

export const enFirstRun = {
  'firstRun.title': 'Your first steps',
  'firstRun.progress': 'Step {step} of {count}',
  'firstRun.steps': 'Your first steps',
  'firstRun.notNow': 'Not now',
  'firstRun.notNow.hint': 'You can find your way from your circles at any time.',
  'firstRun.next': 'Next',
  'firstRun.back': 'Back',
  'firstRun.finish': 'Go to my circle',
  'firstRun.stepDone': 'done',
  'firstRun.step.circle': 'Make a circle',
  'firstRun.step.invite': 'Invite someone',
  'firstRun.step.act': 'Log a first act of care',
  'firstRun.step.noticed': 'What “I noticed” means',
  'firstRun.circle.body':
    'A circle is the people you care with: the two of you, your family, close friends or a small team. Give it a name you all know it by.',
  'firstRun.circle.made': 'Your circle “{name}” is ready.',
  'firstRun.invite.body':
    'recipro is about care going both ways, so it needs at least one more person. Send them a link; they join once you let them in.',
  'firstRun.invite.done':
    'Someone is invited to “{name}”. You can invite more people later from the circle’s home.',
  'firstRun.act.body':
    'Think of something small you did for someone today: a cup of tea, a message, a listening ear. Tap its kind of care to log it.',
  'firstRun.act.waiting':
    'Once someone has joined “{name}”, you can log care for them here. It is fine to read on meanwhile; this path waits for you.',
  'firstRun.act.done': 'Your first act of care is logged.',
  'firstRun.noticed.body':
    'When someone logs care for you, it appears on your circle’s home. Tapping “I noticed” tells them it reached you: a small thank-you, not a rating.',
  'firstRun.noticed.why':
    'Care that is noticed tends to be given again. Over weeks, what was given and what was noticed shows a rhythm, never a tally between you.',
  'firstRun.noticed.example': 'How it looks',
  'firstRun.noticed.exampleAct': 'Made you a cup of tea',
  'firstRun.noticed.exampleFrom': 'Practical care, for you',
  'firstRun.noticed.exampleButton': 'I noticed',
  'firstRun.noticed.private':
    'Nobody is told what you did not notice, and nothing here is shown as a count between two people.',
  'firstRun.card.title': 'Pick up your first steps',
  'firstRun.card.next.circle': 'Next: make a circle for the people you care with.',
  'firstRun.card.next.invite': 'Next: invite someone to your circle.',
  'firstRun.card.next.act': 'Next: log a first act of care.',
  'firstRun.card.next.noticed': 'Next: what “I noticed” means.',
  'firstRun.card.continue': 'Continue',
};

export const enNextSteps = {
  'nextSteps.title': 'What to do next',
  'nextSteps.intro': 'Nothing has been logged in this circle yet. A few small steps get it going.',
  'nextSteps.balanceIntro':
    'The balance appears here once some care has been logged, in a few days. Until then, there is nothing to chart.',
  'nextSteps.invite': 'Invite someone to join you.',
  'nextSteps.invite.here': 'Use “Invite someone” on this page to send them a link.',
  'nextSteps.letIn': 'Someone asked to join: let them in.',
  'nextSteps.log': 'Log a first act of care: tap the kind of care you gave.',
  'nextSteps.log.waiting': 'Log a first act of care once someone has joined.',
  'nextSteps.notice': 'When care is logged for you, tap “I noticed”.',
  'nextSteps.toCircle': 'Go to the circle’s home',
  'nextSteps.done': 'Done',
};
