/**
 * English messages of the "Import a chat" page, merged into `en` (en.ts). The words describe
 * patterns warmly and never blame anyone: who starts, who asks, who says thank you.
 */
export const enChat = {
  'nav.import': 'Import a chat',

  'chat.title': 'Import a chat',
  'chat.lead':
    'See the rhythm of a chat you exported from WhatsApp, Telegram or Messenger: who starts, who asks, who says thank you.',
  'chat.private.title': 'Your chat stays on this device',
  'chat.private.body':
    'The file is read here, in your browser, and is never uploaded. Afterwards you may save only the summary numbers to {circle}.',
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
  'chat.report.overview_one':
    '{count} message from {people}, from {first} to {last}, read from a {format} export.',
  'chat.report.overview_other':
    '{count} messages from {people}, from {first} to {last}, read from a {format} export.',
  'chat.report.people_one': '{count} person',
  'chat.report.people_other': '{count} people',
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

  'chat.metric.messages': 'Messages',
  'chat.metric.words': 'Words',
  'chat.metric.questions': 'Questions asked',
  'chat.metric.conversationStarts': 'Conversations started',
  'chat.metric.text': '{metric}: {list}.',
  'chat.metric.more_one': 'and {count} more person',
  'chat.metric.more_other': 'and {count} more people',
  'chat.metric.item': '{name} {count}',

  'chat.warm.title': 'In warm words',
  'chat.warm.starts':
    'Opening the conversation after a quiet spell came mostly from one person in this chat.',
  'chat.warm.startsShared': '{names} open the conversation about equally often.',
  'chat.warm.asks': 'Most of the questions in this chat came from one person.',
  'chat.warm.asksShared': '{names} ask questions about equally often.',
  'chat.warm.thanks': 'Most of the words of thanks in this chat came from one person.',
  'chat.warm.thanksShared': '{names} say thank you about equally often.',
  'chat.warm.noThanks':
    'No words of thanks showed up in this chat; thanks often live in what people do, too.',
  'chat.warm.repair':
    'Most of the words of repair, like “sorry”, in this chat came from one person.',
  'chat.warm.repairShared': '{names} reach for words of repair about equally often.',
  'chat.warm.reply': 'Half of {name}’s replies came within {duration}.',
  'chat.warm.note':
    'These are patterns in words only. A quiet person may care in other ways; use this to start a kind conversation, not to keep count.',

  'chat.weeks.title': 'Messages per week',
  'chat.weeks.text_one':
    '{count} week with messages. The busiest was the week of {week}, with {messages}.',
  'chat.weeks.text_other':
    '{count} weeks with messages. The busiest was the week of {week}, with {messages}.',
  'chat.weeks.messages_one': '{count} message',
  'chat.weeks.messages_other': '{count} messages',
  'chat.weeks.others': 'Everyone else',
  'chat.weeks.week': 'Week of {week}',

  'chat.save.title': 'Save the summary to {circle}',
  'chat.save.body':
    'Only the numbers below and the names in the chat are sent. The chat itself, every message in it, stays on this device.',
  'chat.save.preview': 'Exactly what will be sent',
  'chat.save.button': 'Save the summary',
  'chat.save.saving': 'Saving…',
  'chat.save.done': 'Saved to {circle}. The chat itself was not sent.',
  'chat.save.noPeople': 'There is nothing to save from this file.',

  'chat.saved.title': 'Saved to {circle}',
  'chat.saved.lead':
    'Summaries that people in {circle} saved from chats read on their own devices: numbers and names only, never the messages.',
  'chat.saved.empty':
    'Nothing is saved here yet. After reading a chat above, you can save its summary numbers to {circle}.',
  'chat.saved.list': 'Saved chat summaries, newest first',
  'chat.saved.heading': '{format} chat, {period}',
  'chat.saved.titleUndated': '{format} chat',
  'chat.saved.period': '{first} to {last}',
  'chat.saved.byYou': 'Saved by you on {when}',
  'chat.saved.by': 'Saved by {name} on {when}',
  'chat.saved.overview_one': '{count} message from {people}.',
  'chat.saved.overview_other': '{count} messages from {people}.',
  'chat.saved.people': 'The people in this chat',
  'chat.saved.share': 'Share of messages',
  'chat.saved.shareValue_one': '{share} ({count} message)',
  'chat.saved.shareValue_other': '{share} ({count} messages)',
  'chat.saved.reply': 'Half of replies within',
  'chat.saved.noReply': 'not enough replies to tell',
  'chat.saved.questions': 'Questions asked',
  'chat.saved.apologies': 'Words of repair',
  'chat.saved.thanks': 'Words of thanks',
  'chat.saved.delete': 'Delete',
  'chat.saved.delete.label': 'Delete the summary: {title}',
  'chat.saved.delete.confirm':
    'This summary will be deleted from {circle}, and nobody in it will see it any more.',
  'chat.saved.delete.yes': 'Delete it',
  'chat.saved.deleted': 'Summary deleted.',
};
