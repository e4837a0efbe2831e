/**
 * English messages of guided repair ("Talk it through" on a hard moment). Merged into `en` in
 * en.ts; keys start with `repairGuide.`. The examples are recipro's own, written to be put in the
 * reader's own words: each speaks of the writer ("I…", "we…"), never of what someone else did.
 */
export const enRepairGuide = {
  'repairGuide.title': 'Talk it through',
  'repairGuide.intro':
    'A few short steps about one hard moment. Each of you answers alone; nobody reads anyone’s answers until everyone has finished, and then you read them together.',
  'repairGuide.moment': 'About the moment of {date}.',
  'repairGuide.back': 'Back to Repair',
  'repairGuide.progress': 'Step {step} of {total}',
  'repairGuide.next': 'Next',
  'repairGuide.previous': 'Back',
  'repairGuide.saving': 'Saving…',
  'repairGuide.private': 'Only you can read this until everyone has finished.',
  'repairGuide.stillFinished':
    'You have finished, so your answers keep a “yes” at the pause and at least one written step.',
  'repairGuide.conflict':
    'Everyone has finished in the meantime, so the answers no longer change. Reload to read them together.',

  'repairGuide.pause.title': 'Are you calm enough to talk?',
  'repairGuide.pause.hint':
    'There is no wrong answer. Talking while still upset rarely helps; a short pause often does.',
  'repairGuide.pause.ready': 'Yes, I’m calm enough',
  'repairGuide.pause.notYet': 'Not yet',
  'repairGuide.pause.choose': 'Choose one to go on. “Not yet” is a fine answer.',
  'repairGuide.pause.rest.title': 'Let’s pause for now',
  'repairGuide.pause.rest':
    'Calming down usually takes twenty minutes or more. Something soothing helps: a short walk, a glass of water, a few slow breaths.',
  // When to come back (repair-guide/time.ts): the time alone on the same day, else with the
  // weekday; `{hour}` is the hour `{time}` shows, for languages that say the words before it by it.
  'repairGuide.when.today': '{time}',
  'repairGuide.when.day': '{day} {time}',
  'repairGuide.pause.comeBack':
    'Come back around {time}, or whenever you feel ready. Within a day is a gentle aim, not a deadline.',
  'repairGuide.pause.others':
    'One of you needs a little more time, and that is part of repair, not a step back. You can write your answers meanwhile; the guide suggests coming back around {time}.',

  'repairGuide.step.saw': 'What happened, as you saw it',
  'repairGuide.step.saw.hint':
    'Start with “I” and what you felt, and describe the moment rather than the person. A gentle start makes it easier to be heard.',
  'repairGuide.step.myPart': 'Your part in it',
  'repairGuide.step.myPart.hint':
    'Only your own part, even a small one. When a hurt is answered with another hurt, it can spiral; naming your part is how it starts to unwind.',
  'repairGuide.step.needed': 'What you needed',
  'repairGuide.step.needed.hint':
    'The need underneath the moment. Saying it plainly helps the others understand what it was about.',
  'repairGuide.step.wouldHelp': 'What would help now',
  'repairGuide.step.wouldHelp.hint': 'Something small and doable, today or soon.',
  'repairGuide.step.agreement': 'One small thing to agree on',
  'repairGuide.step.agreement.hint':
    'Propose one small thing to try next time. Everyone sees the proposals once all have finished, and can say they are in.',
  'repairGuide.step.blank': 'You can leave a step blank.',

  'repairGuide.examples': 'Examples to start from',
  'repairGuide.examples.caption':
    'Examples only: put them in your own words. They are for saying what is true for you, never for using against anyone.',
  'repairGuide.examples.use': 'Start from this',
  'repairGuide.examples.use.label': 'Start from this example: {example}',
  'repairGuide.examples.saw.1':
    'When the plans changed at the last minute, I felt left out and a bit foolish.',
  'repairGuide.examples.saw.2':
    'When my message went unanswered all day, I started to worry, and then I got cross.',
  'repairGuide.examples.saw.3':
    'When we talked about money, I felt cornered, and my voice got louder than I meant.',
  'repairGuide.examples.saw.4': 'When my idea was passed over, I felt unseen.',
  'repairGuide.examples.myPart.1': 'I raised my voice instead of saying I was tired.',
  'repairGuide.examples.myPart.2': 'I brought up old things that were not about today.',
  'repairGuide.examples.myPart.3': 'I went quiet and walked off without saying I needed a break.',
  'repairGuide.examples.myPart.4': 'I answered a hurt with a hurt of my own.',
  'repairGuide.examples.myPart.5': 'I guessed what was meant instead of asking.',
  'repairGuide.examples.needed.1': 'I needed to feel heard before we looked for a fix.',
  'repairGuide.examples.needed.2': 'I needed a hand, and I did not ask for one.',
  'repairGuide.examples.needed.3': 'I needed a little quiet before talking.',
  'repairGuide.examples.needed.4': 'I needed to know we are on the same side.',
  'repairGuide.examples.wouldHelp.1':
    'Ten minutes for us to listen to each other, without fixing anything.',
  'repairGuide.examples.wouldHelp.2': 'A kind word, and a little time before we talk again.',
  'repairGuide.examples.wouldHelp.3': 'Some space for me this evening, and a fresh start tomorrow.',
  'repairGuide.examples.wouldHelp.4': 'Hearing that this matters to you too; it matters to me.',
  'repairGuide.examples.agreement.1':
    'When one of us needs a break, we say “pause” and come back within the hour.',
  'repairGuide.examples.agreement.2': 'We look at the week’s plans together on Sunday.',
  'repairGuide.examples.agreement.3': 'I will say when I am tired before it turns into a row.',
  'repairGuide.examples.agreement.4':
    'We take turns to speak for two minutes each, without interrupting.',

  'repairGuide.review.title': 'Ready to share?',
  'repairGuide.review.hint':
    'Here is what you wrote. Nothing is shared until everyone in this has finished, and you can still change it until then.',
  'repairGuide.review.pause.ready': 'You are calm enough to talk.',
  'repairGuide.review.pause.notYet': 'You said “not yet”. Finishing waits until you feel ready.',
  'repairGuide.review.blank': 'Left blank',
  'repairGuide.review.edit': 'Change',
  'repairGuide.review.edit.label': 'Change your answer to “{step}”',
  'repairGuide.finish': 'I’m done',
  'repairGuide.finish.pending': 'Finishing…',
  'repairGuide.finish.again': 'Save my changes',
  'repairGuide.finish.nothing': 'Write something in at least one step first; any of them will do.',
  'repairGuide.finish.notReady':
    'When you feel calm enough, say so in the first step; then you can finish.',

  'repairGuide.waiting.title': 'You have finished',
  'repairGuide.waiting':
    'Waiting for {names} to finish. You will read everyone’s answers together then.',
  'repairGuide.waiting.body':
    'Your answers stay private until then, and you can still change them. Thank you for taking the time.',
  'repairGuide.waiting.change': 'Change my answers',

  'repairGuide.reveal.title': 'Read together',
  'repairGuide.reveal.intro':
    'Everyone has finished. Read slowly, and listen for what each of you needed; there is no need to agree on every detail of what happened.',
  'repairGuide.reveal.saw': 'What happened, as each of you saw it',
  'repairGuide.reveal.myPart': 'Each one’s own part',
  'repairGuide.reveal.needed': 'What each of you needed',
  'repairGuide.reveal.wouldHelp': 'What would help now',
  'repairGuide.reveal.blank': 'Left blank',

  'repairGuide.agreement.title': 'One small agreement',
  'repairGuide.agreement.intro':
    'Each proposal is one small thing to try. Say which ones you are in on; once everyone is, it is agreed.',
  'repairGuide.agreement.none':
    'Nobody proposed anything this time. A small thing to try may still come out of talking.',
  'repairGuide.agreement.byYou': 'Your proposal',
  'repairGuide.agreement.by': 'Proposed by {name}',
  'repairGuide.agreement.in': 'I’m in',
  'repairGuide.agreement.in.label': 'I’m in: {proposal}',
  'repairGuide.agreement.agreed': 'Agreed by everyone in it',
  'repairGuide.agreement.notYet': 'Not everyone is in on this one yet.',
  'repairGuide.agreement.saved': 'Saved.',

  'repairGuide.repaired.hint': 'If this moment feels repaired for you now, you can say so.',
  'repairGuide.repaired.done': 'Repaired for you. Thank you for talking it through.',
};
