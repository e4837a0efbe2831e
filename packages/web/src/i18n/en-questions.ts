/**
 * English messages of a question a day (issue 15): the card on the circle's home and the
 * question screen. Merged into `en` in en.ts; keys start with `question.`. Who has answered is
 * said by name, never as a count, and nobody's answer is shown before everyone asked has
 * answered.
 */
export const enQuestions = {
  'question.title': 'Today’s question',
  // A question newer than this copy of the app (an old copy still open): it has no words for it yet.
  'question.newer': 'This question is newer than this page. Reload the page to read it.',
  'question.card.intro': 'One small question a day. Answer on your own; read the answers together.',
  'question.card.answer': 'Answer today’s question',
  'question.card.read': 'Read the answers together',
  'question.card.open': 'Open today’s question',
  'question.intro':
    'Answer on your own. Nobody sees anyone’s answer until everyone has answered; then you read them together.',
  'question.newEachDay': 'A new question comes each day at {time}.',
  'question.theme.exchanges': 'What we give each other',
  'question.theme.values': 'Values and respect',
  'question.theme.culture': 'Where we come from',
  'question.theme.care': 'Being cared for',
  'question.theme.memories': 'Memories',
  'question.theme.hopes': 'Hopes',
  'question.theme.appreciation': 'Appreciation',
  'question.theme.repair': 'Repair',
  'question.depth.light': 'a light one',
  'question.depth.deeper': 'a deeper one',
  'question.about': '{theme} · {depth}',

  'question.answer.label': 'Your answer',
  'question.answer.hint': 'Only you see it until everyone has answered.',
  'question.answer.late':
    'You joined after today’s question was asked. Answer if you like: you will read the answers once you have.',
  'question.answer.required': 'Write a few words first: even one line is enough.',
  'question.answer.submit': 'Share my answer',
  'question.answer.pending': 'Sharing…',
  'question.answer.changed':
    'Today’s question changed before your answer arrived (someone asked for another, or a new day began), so nothing was saved. Here is the question as it is now.',
  'question.answer.already': 'You have already answered today’s question.',
  'question.answer.yours': 'Your answer',

  'question.swap.button': 'Another question',
  'question.swap.pending': 'Choosing…',
  'question.swap.hint':
    'Not the one for today? Anyone can ask for another, once a day, before anyone has answered.',
  'question.swap.done': 'Here is another question for today.',
  'question.swap.refused':
    'Today’s question stays: another one was already chosen, or someone has answered it.',
  'question.swapped': 'Chosen with “another question”.',

  'question.answered.none': 'Nobody has answered yet.',
  'question.answered.onlyYou': 'You have answered.',
  'question.answered.withYou': '{names} have answered.',
  'question.answered.one': '{name} has answered.',
  'question.answered.many': '{names} have answered.',
  'question.waiting':
    'Waiting for {names}. The answers are shown together once everyone has answered.',
  'question.waiting.card': 'Waiting for {names}.',
  'question.refresh': 'Check again',
  'question.you': 'You',

  'question.revealed.title': 'Your answers, together',
  'question.revealed.intro':
    'Everyone has answered. Take a moment to read them, and to ask about them.',

  'question.past.title': 'Earlier days',
  'question.past.intro': 'Days whose answers you read together.',
  'question.past.empty':
    'Days whose answers everyone shared will be kept here, to look back on together.',
  'question.past.older': 'Show earlier days',
  'question.past.loadingOlder': 'Loading earlier days…',
  'question.past.noOlder': 'That is every day so far.',
};
