/**
 * English messages of the updates between members (issue 12): the bell in the header and the
 * Updates screen. Merged into `en` in en.ts; keys start with `updates.`. An update's line names
 * what happened, who did it and the circle, and nothing of what anyone wrote.
 */
export const enUpdates = {
  'updates.title': 'Updates',
  'updates.intro': 'What others in your circles did that concerns you, newest first.',
  'updates.empty':
    'All quiet for now. When someone in your circles reaches out or changes something you share, you will hear about it here.',
  'updates.list': 'Your updates',
  'updates.new': 'New',
  'updates.markAll': 'Mark all as read',
  'updates.markingAll': 'Marking…',
  'updates.markedAll': 'All caught up: everything here is marked as read.',
  'updates.older': 'Show older',
  'updates.loadingOlder': 'Loading older updates…',
  'updates.noOlder': 'That is everything.',

  'updates.bell': '{count, plural, one {Updates, # unread} other {Updates, # unread}}',
  'updates.bell.none': 'Updates, nothing unread',
  'updates.bell.many': '{count}+',

  'updates.someone': 'Someone',
  'updates.someCircle': 'one of your circles',

  'updates.kind.invitation_accepted': '{name} asked to join {circle}.',
  'updates.kind.member_admitted': '{name} let someone new into {circle}.',
  'updates.kind.member_admitted.unnamed': 'Someone new has joined {circle}.',
  'updates.kind.welcome': '{name} let you into {circle}. Welcome!',
  'updates.kind.act_questioned':
    '{name} didn’t recognise an act of care you logged in {circle}. You can change it or take it back.',
  'updates.kind.season_suggested':
    '{name} suggested a season about you in {circle}. It is yours to accept or decline.',
  'updates.kind.season_answered': '{name} answered the season you suggested in {circle}.',
  'updates.kind.season_answered.accepted': '{name} accepted the season you suggested in {circle}.',
  'updates.kind.season_answered.declined': '{name} declined the season you suggested in {circle}.',
  'updates.kind.handover_proposed':
    '{name} proposed a hand-over with you in {circle}. It waits for your answer.',
  'updates.kind.handover_answered': '{name} answered the hand-over you proposed in {circle}.',
  'updates.kind.handover_answered.accepted':
    '{name} accepted the hand-over you proposed in {circle}.',
  'updates.kind.handover_answered.declined':
    '{name} declined the hand-over you proposed in {circle}.',
  'updates.kind.responsibility_changed': '{name} changed a responsibility you share in {circle}.',
  'updates.kind.responsibility_removed': '{name} removed a responsibility you shared in {circle}.',
  'updates.kind.ritual_changed': '{name} changed a ritual you share in {circle}.',
  'updates.kind.ritual_stopped': '{name} stopped a ritual you shared in {circle}.',
  'updates.kind.removed_from_circle': 'You are no longer in {circle}.',
  'updates.kind.removed_from_circle.unnamed': 'You are no longer in a circle you were part of.',
  'updates.kind.reset_requested':
    '{name} said “let’s reset” about a hard moment in {circle}. Reaching back, soon and gently, is what helps.',
  'updates.kind.rupture_waiting':
    '{name} said a hard moment in {circle} is repaired for them. Say so too when it is for you.',
  'updates.kind.rupture_repaired': 'A hard moment in {circle} is repaired for everyone in it.',
  'updates.kind.repair_guide_waiting':
    'Talking through a hard moment in {circle} waits for your answers, whenever you feel calm enough. Nobody reads anyone’s until everyone has finished.',
  'updates.kind.repair_guide_revealed':
    'Everyone has finished talking through a hard moment in {circle}: you can read it together.',
  'updates.kind.need_shared': '{name} shared a need with you in {circle}.',
  'updates.kind.checkin_opened':
    '{name} opened a check-in in {circle}. Answer it on your own time.',
  'updates.kind.checkin_opened.scheduled':
    'A check-in opened in {circle}, as your circle planned. Answer it on your own time.',
  'updates.kind.checkin_waiting':
    'A check-in in {circle} waits for your answers. Nobody sees anyone’s until all have answered.',
  'updates.kind.checkin_ready':
    'Everyone has answered a check-in in {circle}: you can look at it together.',
  'updates.kind.values_opened':
    '{name} started a values conversation in {circle}. Answer it on your own time.',
  'updates.kind.values_waiting':
    'A values conversation in {circle} waits for your answers. Nobody reads anyone’s until all have answered.',
  'updates.kind.values_ready':
    'Everyone has answered a values conversation in {circle}: you can read it together.',
  'updates.kind.act_noticed': 'Someone in {circle} noticed care you gave today.',
  'updates.kind.question_answered':
    'Everyone in {circle} has answered today’s question: you can read the answers together.',
  'updates.kind.other': 'Something changed in {circle}.',

  // Reminder settings: which updates also come by push or email.
  'updates.choice.title': 'Updates from your circles',
  'updates.choice.intro':
    'Every update shows in recipro. Choose which also reach you on your devices (push) or by email.',
  'updates.choice.introPush':
    'Every update shows in recipro. Choose which also reach you on your devices (push).',
  'updates.choice.limit':
    'At most {count} pushes a day; after that, updates wait and come together the next morning. “Let’s reset” always comes at once, unless your quiet hours hold it.',
  'updates.choice.pushOff': 'Push is off above, so none of these reach your devices for now.',
  'updates.choice.emailOff': 'Email is off above, so none of these are emailed for now.',
  'updates.choice.emailConfirmed': 'Emails go only to a confirmed address.',
  'updates.choice.push': 'Push',
  'updates.choice.email': 'Email',
  'updates.choice.group.repair': 'Repair and reaching out',
  'updates.choice.group.rounds': 'Check-ins, values conversations and today’s question',
  'updates.choice.group.together': 'Sharing the load, rituals and seasons',
  'updates.choice.group.circles': 'Who is in your circles',
  'updates.choice.kind.reset_requested': 'Someone says “let’s reset”',
  'updates.choice.kind.rupture_waiting': 'A repair waits for your “repaired for me”',
  'updates.choice.kind.rupture_repaired': 'A hard moment is repaired for everyone',
  'updates.choice.kind.repair_guide_waiting':
    'Talking a hard moment through waits for your answers',
  'updates.choice.kind.repair_guide_revealed': 'A talk-through is ready to read together',
  'updates.choice.kind.need_shared': 'Someone shares a need with you',
  'updates.choice.kind.act_noticed': 'Someone noticed care you gave',
  'updates.choice.kind.act_questioned': 'Someone didn’t recognise an act you logged',
  'updates.choice.kind.question_answered': 'Everyone has answered today’s question',
  'updates.choice.kind.checkin_opened': 'A check-in opens',
  'updates.choice.kind.checkin_waiting': 'A check-in waits for your answers',
  'updates.choice.kind.checkin_ready': 'A check-in is ready to look at together',
  'updates.choice.kind.values_opened': 'A values conversation starts',
  'updates.choice.kind.values_waiting': 'A values conversation waits for your answers',
  'updates.choice.kind.values_ready': 'A values conversation is ready to read together',
  'updates.choice.kind.handover_proposed': 'Someone proposes a hand-over to you',
  'updates.choice.kind.handover_answered': 'Your proposed hand-over is answered',
  'updates.choice.kind.responsibility_changed': 'A responsibility you share is changed',
  'updates.choice.kind.responsibility_removed': 'A responsibility you share is removed',
  'updates.choice.kind.ritual_changed': 'A ritual you share is changed',
  'updates.choice.kind.ritual_stopped': 'A ritual you share is stopped',
  'updates.choice.kind.season_suggested': 'Someone suggests a season about you',
  'updates.choice.kind.season_answered': 'Your suggested season is answered',
  'updates.choice.kind.invitation_accepted': 'Someone asks to join a circle',
  'updates.choice.kind.member_admitted': 'Someone new is let into a circle',
  'updates.choice.kind.welcome': 'You are let into a circle',
  'updates.choice.kind.removed_from_circle': 'You are no longer in a circle',
};
