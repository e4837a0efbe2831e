/**
 * English messages for taking a tap back and for asking before a change (issue 14): the undo
 * bar, what each confirmation says will happen, forms that are refused empty, and asking for a
 * hand-over instead of taking what someone else carries. Merged into `en` in en.ts.
 */
export const enUndo = {
  'undo.action': 'Undo',
  'undo.pending': 'Taking back…',
  'undo.close': 'Close this message',
  'undo.logged.undone': 'Taken back. Nothing was logged.',
  'undo.noticed': 'You noticed {form} from {name}.',
  'undo.noticed.undone': 'Taken back. It is not marked as noticed.',
  'undo.questioned': 'You said you don’t recognise {form} from {name}.',
  'undo.questioned.undone': 'Taken back. It counts again.',
  'undo.taken.undone': 'Given back. “{title}” is as it was.',
  'undo.thanked.undone': 'Taken back. Your thanks are no longer there.',
  'undo.done.undone': 'Taken back. It is not marked as done.',

  'confirm.ritual.stop':
    '“{title}” will stop for everyone taking part: no more reminders, and it leaves this list.',
  'confirm.ritual.stop.yes': 'Stop it',
  'confirm.ritual.stop.pending': 'Stopping…',
  'confirm.ritual.stop.keep': 'Keep it going',
  'confirm.load.remove':
    '“{title}” will leave Share the load for everyone in the circle, with who carries each stage.',
  'confirm.load.remove.yes': 'Remove it',
  'confirm.season.end':
    'This season will end today. It stays in your history, and the balance stops making room for it.',
  'confirm.season.end.yes': 'End it today',
  'confirm.season.end.pending': 'Ending…',
  'confirm.season.remove':
    'This season will be deleted, and the balance will no longer make room for those days.',
  'confirm.season.remove.yes': 'Delete it',
  'confirm.device.signOut':
    '{device} will be signed out. Using recipro there will need your password again.',
  'confirm.device.signOut.yes': 'Sign it out',
  'confirm.device.others': 'Every other device will be signed out. This one stays signed in.',
  'confirm.device.others.yes': 'Sign them out',
  'confirm.calendar.renew':
    'The old address will stop working: a calendar that uses it gets no more rituals until you add the new one.',
  'confirm.calendar.renew.yes': 'Yes, make a new one',
  'confirm.calendar.renew.pending': 'Making a new one…',
  'confirm.request.decline':
    '{name} will not join this circle. They can ask again with a new invitation.',
  'confirm.request.decline.yes': 'Say no',
  'circle.requests.declineLabel': 'Not now: {name}’s request to join',
  'confirm.link.withdraw':
    'This link will stop working: anyone who has it can no longer ask to join with it.',
  'confirm.link.withdraw.yes': 'Withdraw it',
  'members.link.withdrawLabel': 'Withdraw this link: the invitation that works until {until}',

  'empty.rupture': 'Write a few words about what happened first. One line is enough.',
  'empty.values': 'Answer at least one question before sending.',

  'load.handover.ask': 'Ask to take this over',
  'load.handover.ask.label': 'Ask to take this over: “{title}”, from {names}',
  'load.handover.asked':
    '{count, plural, one {You asked to take over one stage of “{title}”.} other {You asked to take over # stages of “{title}”.}}',
  'load.handover.waiting': 'You asked to take this over. It moves when they say yes.',
  'load.handover.held':
    'Someone else carries part of this. Ask them, and it moves when they say yes.',
} as const;
