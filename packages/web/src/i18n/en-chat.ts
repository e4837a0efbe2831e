/**
 * English messages of the "Import a chat" page, merged into `en` (en.ts). The words describe a
 * chat's rhythm warmly and name nobody: whether conversations start from both sides, how soon
 * replies come. Only the reader's own numbers are said, to the reader, as "you".
 */
export const enChat = {
  'chat.lead':
    'See the rhythm of a chat you exported from WhatsApp, Telegram or Messenger: whether conversations start from both sides, how soon replies come, where thanks and sorry show up.',
  'chat.private.title': 'Your chat stays on this device',
  'chat.private.body':
    'The file is read here, in your browser, and is never uploaded. Afterwards you may save only its rhythm to {circle}: no names, no messages, nobody’s own numbers.',
  'chat.backToCircle': 'Back to {name}',
  'chat.notFound': 'We could not open this circle.',

  'chat.pick.label': 'Choose a chat export',
  'chat.pick.drop': 'or drop it here',
  'chat.pick.hint':
    'A WhatsApp .txt or .zip (“Export chat”, without media), a Telegram Desktop result.json, or a Messenger message_1.json.',
  'chat.pick.another': 'Choose another file',

  'chat.progress.label': 'Reading {file} on this device',
  'chat.progress.labelDone': 'Read {file} on this device',
  'chat.progress.reading': 'Read {done} of {total} ({percent}%)',
  'chat.progress.done': 'Read all of {file} ({total}) on this device.',

  'chat.error.empty': 'This file is empty. Try exporting the chat again.',
  'chat.error.binary':
    'This file is not a chat export: it looks like a picture, a program or another kind of file. Choose the .txt, .zip or .json file the app made.',
  'chat.error.truncated_json':
    'This export stops part-way; it may have been cut off while copying. Try copying or exporting it again.',
  'chat.error.invalid_json':
    'This JSON file could not be read as a chat export. Try exporting the chat again.',
  'chat.error.not_a_chat':
    'This does not look like a chat exported from WhatsApp, Telegram or Messenger. Choose the file the app made.',
  'chat.error.too_large':
    'This file is larger than {max}. Try exporting one chat, or a shorter stretch of it.',
  'chat.error.bad_zip':
    'This zip file is damaged or holds no WhatsApp chat. Choose the zip WhatsApp made, or the .txt inside it.',
  'chat.error.unexpected':
    'Something went wrong while reading this file on your device. Nothing was sent. Please try again.',

  'chat.report.title': 'What the chat shows',
  'chat.report.overview':
    '{count, plural, one {# message from {people}, from {first} to {last}, read from a {format} export.} other {# messages from {people}, from {first} to {last}, read from a {format} export.}}',
  'chat.report.people': '{count, plural, one {# person} other {# people}}',
  'chat.report.noPeople':
    'This export holds no messages written by people, so there is nothing to show yet.',
  'chat.report.guessedDates':
    'The dates in this export could be read two ways; they were read as {order}.',
  'chat.dateOrder.dmy': 'day, month, year',
  'chat.dateOrder.mdy': 'month, day, year',
  'chat.dateOrder.ymd': 'year, month, day',
  'chat.format.whatsapp': 'WhatsApp',
  'chat.format.telegram': 'Telegram',
  'chat.format.messenger': 'Messenger',

  'chat.rhythm.title': 'The rhythm of this chat',
  'chat.rhythm.list': 'Patterns in this chat',
  'chat.rhythm.talk.shared.pair': 'The talking is shared by both sides.',
  'chat.rhythm.talk.shared.group': 'The talking is spread across several people.',
  'chat.rhythm.talk.one_side.pair': 'Most of the messages come from one side.',
  'chat.rhythm.talk.one_side.group': 'Most of the messages come from one person.',
  'chat.rhythm.starts.shared.pair':
    'Conversations are started from both sides after a quiet spell.',
  'chat.rhythm.starts.shared.group': 'Conversations are started by several people.',
  'chat.rhythm.starts.one_side.pair': 'Most conversations are started from one side.',
  'chat.rhythm.starts.one_side.group': 'Most conversations are started by one person.',
  'chat.rhythm.questions.shared.pair': 'Questions come from both sides.',
  'chat.rhythm.questions.shared.group': 'Questions come from several people.',
  'chat.rhythm.questions.one_side.pair': 'Most questions come from one side.',
  'chat.rhythm.questions.one_side.group': 'Most questions come from one person.',
  'chat.rhythm.thanks.shared.pair': 'Words of thanks come from both sides.',
  'chat.rhythm.thanks.shared.group': 'Words of thanks come from several people.',
  'chat.rhythm.thanks.one_side.pair': 'Most words of thanks come from one side.',
  'chat.rhythm.thanks.one_side.group': 'Most words of thanks come from one person.',
  'chat.rhythm.thanks.none':
    'No words of thanks showed up in this chat; thanks often live in what people do, too.',
  'chat.rhythm.repair.shared.pair': 'Words of repair, like “sorry”, come from both sides.',
  'chat.rhythm.repair.shared.group': 'Words of repair, like “sorry”, come from several people.',
  'chat.rhythm.repair.one_side.pair': 'Most words of repair, like “sorry”, come from one side.',
  'chat.rhythm.repair.one_side.group': 'Most words of repair, like “sorry”, come from one person.',
  'chat.rhythm.pace.minutes': 'Replies usually come within minutes.',
  'chat.rhythm.pace.hour': 'Replies usually come within an hour.',
  'chat.rhythm.pace.day': 'Replies usually come within a day.',
  'chat.rhythm.pace.longer':
    'Some replies take more than a day; long pauses are part of many chats.',
  'chat.rhythm.balance.even.pair': 'Replies come about as soon from both sides.',
  'chat.rhythm.balance.even.group': 'Replies come about as soon from everyone.',
  'chat.rhythm.balance.uneven.pair': 'Replies come sooner from one side than from the other.',
  'chat.rhythm.balance.uneven.group': 'Replies come sooner from some people than from others.',
  'chat.rhythm.lately.talk.shared.pair':
    'In the last {weeks} weeks of the chat, the talking was shared by both sides.',
  'chat.rhythm.lately.talk.shared.group':
    'In the last {weeks} weeks of the chat, the talking was spread across several people.',
  'chat.rhythm.lately.talk.one_side.pair':
    'In the last {weeks} weeks of the chat, most messages came from one side.',
  'chat.rhythm.lately.talk.one_side.group':
    'In the last {weeks} weeks of the chat, most messages came from one person.',
  'chat.rhythm.lately.starts.shared.pair':
    'In the last {weeks} weeks of the chat, conversations were started from both sides.',
  'chat.rhythm.lately.starts.shared.group':
    'In the last {weeks} weeks of the chat, conversations were started by several people.',
  'chat.rhythm.lately.starts.one_side.pair':
    'In the last {weeks} weeks of the chat, most conversations were started from one side.',
  'chat.rhythm.lately.starts.one_side.group':
    'In the last {weeks} weeks of the chat, most conversations were started by one person.',
  'chat.rhythm.tooShort': 'This chat is too short to show a rhythm yet.',
  'chat.rhythm.note':
    'These are patterns in words only. A quiet person may care in other ways; use this to start a kind conversation, not to keep count.',

  'chat.you.title': 'You in this chat',
  'chat.you.body':
    'Choose the name that is yours to see your own part of the chat. Only you see it, here on this device: it is never saved or sent.',
  'chat.you.pick': 'Which name is yours?',
  'chat.you.choose': 'Choose your name',
  'chat.you.figures': 'Your part of this chat',
  'chat.you.messages':
    '{count, plural, one {You wrote # message, {share} of the chat.} other {You wrote # messages, {share} of the chat.}}',
  'chat.you.starts':
    '{count, plural, one {You opened # conversation after a quiet spell.} other {You opened # conversations after a quiet spell.}}',
  'chat.you.questions':
    '{count, plural, one {You asked # question.} other {You asked # questions.}}',
  'chat.you.thanks':
    '{count, plural, one {You wrote words of thanks # time.} other {You wrote words of thanks # times.}}',
  'chat.you.repair':
    '{count, plural, one {You reached for words of repair # time.} other {You reached for words of repair # times.}}',
  'chat.you.reply': 'Half of your replies came within {duration}.',
  'chat.you.noReply': 'You replied too few times here to tell how soon your replies come.',

  'chat.weeks.title': 'Messages per week',
  'chat.weeks.messagesLabel': 'Messages from everyone',
  'chat.weeks.text':
    '{count, plural, one {# week with messages. The busiest was the week of {week}, with {messages}.} other {# weeks with messages. The busiest was the week of {week}, with {messages}.}}',
  'chat.weeks.messages': '{count, plural, one {# message} other {# messages}}',
  'chat.weeks.week': 'Week of {week}',

  'chat.save.title': 'Save the summary to {circle}',
  'chat.save.body':
    'Only this is sent: which chat, how many messages and people, and its rhythm as patterns that name nobody. No name, no message and nobody’s own numbers leave this device.',
  'chat.save.preview': 'What the circle will keep',
  'chat.save.button': 'Save the summary',
  'chat.save.saving': 'Saving…',
  'chat.save.done': 'Saved to {circle}. The chat itself was not sent.',
  'chat.save.noPeople': 'There is nothing to save from this file.',

  'chat.saved.title': 'Saved to {circle}',
  'chat.saved.lead':
    'Chats that people in {circle} read on their own devices, saved as their rhythm: never the messages, never anyone’s own numbers.',
  'chat.saved.empty':
    'Nothing is saved here yet. After reading a chat above, you can save its rhythm to {circle}.',
  'chat.saved.list': 'Saved chat summaries, newest first',
  'chat.saved.heading': '{format} chat, {period}',
  'chat.saved.titleUndated': '{format} chat',
  'chat.saved.period': '{first} to {last}',
  'chat.saved.byYou': 'Saved by you on {when}',
  'chat.saved.by': 'Saved by {name} on {when}',
  'chat.saved.overview':
    '{count, plural, one {# message from {people}.} other {# messages from {people}.}}',
  'chat.saved.delete': 'Delete',
  'chat.saved.delete.label': 'Delete the summary: {title}',
  'chat.saved.delete.confirm':
    'This summary will be deleted from {circle}, and nobody in it will see it any more.',
  'chat.saved.delete.yes': 'Delete it',
  'chat.saved.deleted': 'Summary deleted.',
};
