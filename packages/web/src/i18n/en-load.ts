/**
 * English messages of the load divider, rituals and reminders (issue 6). Merged into `en` in
 * en.ts; keys start with `load.`, `rituals.` or `reminders.`.
 */
export const enLoad = {
  'together.tabs': 'Everyday together',
  'together.load': 'The load',
  'together.rituals': 'Rituals',
  'together.reminders': 'Reminders',
  'together.backToCircle': 'Back to {name}',
  'together.saving': 'Saving…',

  'load.title': 'Share the load',
  'load.intro.couple':
    'Who notices, plans, does and follows up on what keeps your life together running — the invisible parts count too.',
  'load.intro.family':
    'Who notices, plans, does and follows up on what keeps family life running — the invisible parts count too.',
  'load.intro.friends':
    'Who notices, plans, does and follows up on what keeps your friendships going — the invisible parts count too.',
  'load.intro.team':
    'Who notices, plans, does and follows up on what keeps the team running — the invisible parts count too.',
  'load.alone': 'Invite someone to your circle first; sharing the load needs two.',

  'load.area.home': 'Home',
  'load.area.children': 'Children',
  'load.area.money': 'Money',
  'load.area.health': 'Health',
  'load.area.social': 'Social life',
  'load.area.family': 'Family',
  'load.area.admin': 'Admin',
  'load.area.emotional': 'Emotional',
  'load.frequency.daily': 'Daily',
  'load.frequency.weekly': 'Weekly',
  'load.frequency.monthly': 'Monthly',
  'load.frequency.quarterly': 'Every few months',
  'load.frequency.yearly': 'Yearly',
  'load.frequency.occasional': 'Now and then',
  'load.effort.1': 'Small',
  'load.effort.2': 'Medium',
  'load.effort.3': 'Big',
  'load.stage.notice': 'Noticing',
  'load.stage.plan': 'Planning',
  'load.stage.do': 'Doing',
  'load.stage.followUp': 'Following up',
  'load.stage.lower.notice': 'the noticing',
  'load.stage.lower.plan': 'the planning',
  'load.stage.lower.do': 'the doing',
  'load.stage.lower.followUp': 'the following up',

  'load.inventory.title': 'What keeps things running',
  'load.inventory.empty':
    'Pick a few responsibilities from the common list below, or add your own, to begin.',
  'load.item.meta': '{area} · {frequency} · {effort}',
  'load.item.owners': 'Who carries each stage',
  'load.item.nobody': 'nobody yet',
  'load.item.allYours': 'You carry all of this.',
  'load.item.take': 'I’ll take this',
  'load.item.taken': 'You now carry “{title}”.',
  'load.item.split': 'Split the stages',
  'load.item.stageOwner': '{stage} for “{title}”',
  'load.item.updated': 'Updated “{title}”.',
  'load.item.remove': 'Remove',
  'load.item.removeLabel': 'Remove “{title}”',

  'load.catalogue.open': 'Start from common responsibilities',
  'load.catalogue.legend.couple': 'Choose the ones that belong to your life together',
  'load.catalogue.legend.family': 'Choose the ones that belong to your family life',
  'load.catalogue.legend.friends': 'Choose the ones your group of friends shares',
  'load.catalogue.legend.team': 'Choose the ones your team shares',
  'load.catalogue.add': 'Add the chosen ones',
  'load.catalogue.nothingChosen': 'Choose at least one responsibility first.',
  'load.catalogue.added':
    '{count, plural, one {Added # responsibility.} other {Added # responsibilities.}}',
  'load.catalogue.allAdded': 'Everything from the common list is already here.',

  'load.own.open': 'Add your own',
  'load.own.name': 'What is it?',
  'load.own.area': 'Area',
  'load.own.frequency': 'How often',
  'load.own.effort': 'Effort',
  'load.own.add': 'Add responsibility',
  'load.own.added': 'Added “{title}”.',
  'load.own.titleRequired': 'Please give it a short name, such as “Birthday presents”.',

  'load.shares.title': 'How the load is shared',
  'load.shares.empty':
    'Once someone takes on a responsibility, you will see here how it is shared.',
  'load.shares.invisible': 'Noticing, planning, following up',
  'load.shares.doing': 'Doing',
  'load.shares.chartLabel': 'Your share of the load',
  'load.shares.you': 'You',
  'load.shares.mine':
    'You have {share} of the load: {invisible} of the noticing, planning and following up, and {doing} of the doing.',
  'load.shares.mineNone': 'You have not taken on a stage of any responsibility yet.',
  'load.shares.planningYou': 'You have carried most of the noticing and planning lately.',
  'load.shares.planningOneSide': 'Most planning has sat on one side lately.',
  'load.shares.even': 'The load is spread fairly evenly between you.',
  'load.shares.leaning': 'The load leans a little towards one of you.',
  'load.shares.uneven': 'Right now, most of the load rests with one person.',
  'load.shares.unowned': 'Some stages are not carried by anyone yet.',

  'load.perceived.title': 'What you feel you carry',
  'load.perceived.intro':
    'Say what share you feel you carry; it sits beside what your list of responsibilities adds up to. Only you see both.',
  'load.perceived.lineYou': 'You feel you carry {perceived}; the list says {inventory}.',
  'load.perceived.notSaidYou': 'You have not said yet; the list says {inventory}.',
  'load.perceived.mine': 'The share I feel I carry (0–100 %)',
  'load.perceived.areas': 'Areas I’d gladly take on, or can’t right now',
  'load.perceived.prefers': 'Areas I would gladly take on',
  'load.perceived.cannot': 'Areas I can’t take on right now',
  'load.perceived.save': 'Save what I feel',
  'load.perceived.saved': 'Saved.',
  'load.perceived.range': 'Please use a number from 0 to 100.',

  'load.suggest.title': 'Gentle suggestions',
  'load.suggest.intro':
    'Ideas that would bring your shares closer. Nothing changes unless you both agree.',
  'load.suggest.empty': 'Nothing to suggest right now; your shares are as close as they can be.',
  'load.suggest.line': 'Idea: {stage} of “{title}” could move from {from} to {to}.',
  'load.suggest.propose': 'Propose',
  'load.suggest.proposeLabel': 'Propose moving {stage} of “{title}” to {to}',
  'load.suggest.proposed': 'Proposed. {name} can accept or decline it.',

  'load.handovers.title': 'Hand-overs',
  'load.handovers.empty': 'When one of you proposes a hand-over, it will wait here for the other.',
  'load.handovers.incoming': '{by} proposes moving {stage} of “{title}” from {from} to {to}.',
  'load.handovers.waiting':
    'Waiting for {name} to answer: moving {stage} of “{title}” from {from} to {to}.',
  'load.handovers.accepted': 'Agreed: {stage} of “{title}” moved from {from} to {to}.',
  'load.handovers.declined': 'Not now: {stage} of “{title}” stays with {from}.',
  'load.handovers.accept': 'Accept',
  'load.handovers.decline': 'Decline',
  'load.handovers.acceptLabel': 'Accept moving {stage} of “{title}” to {to}',
  'load.handovers.declineLabel': 'Decline moving {stage} of “{title}” to {to}',
  'load.handovers.didAccept': 'Accepted. Thank you.',
  'load.handovers.didDecline': 'Declined. That is fine too.',
  'load.handovers.undone': 'Taken back. It is waiting for your answer again.',
  'load.handovers.you': 'you',
  'load.handovers.someone': 'someone',

  'rituals.title': 'Rituals',
  'rituals.intro': 'Small, regular moments of care. Missing one is fine; you can pick it up again.',
  'rituals.empty': 'Start a ritual below, such as a two-minute appreciation each evening.',
  'rituals.list': 'Your rituals',
  'rituals.kind.nightly_checkin': 'Ten-minute check-in at night',
  'rituals.kind.appreciation': 'Two-minute appreciation',
  'rituals.kind.weekly_checkin': 'How are we doing?',
  'rituals.kind.monthly_family_checkin': 'Monthly family check-in',
  'rituals.kind.team_feedback': 'Reciprocal feedback round',
  'rituals.kind.get_together': 'A regular get-together',
  'rituals.kind.custom': 'Our own ritual',
  'rituals.about.custom':
    'A regular moment of your own: give it a name and choose when it comes round.',

  'rituals.title.couple.appreciation': 'Two-minute appreciation',
  'rituals.about.couple.appreciation':
    'Each of you names one thing the other did today that you were glad of. Two minutes is enough.',
  'rituals.title.couple.nightly_checkin': 'Ten-minute check-in at night',
  'rituals.about.couple.nightly_checkin':
    'Ten quiet minutes before sleep: how the day was, and one thing that would help tomorrow.',
  'rituals.title.couple.weekly_checkin': 'How are we doing?',
  'rituals.about.couple.weekly_checkin':
    'Once a week, a calm talk: what went well, what felt heavy, what you would like next week.',
  'rituals.title.couple.get_together': 'Date night',
  'rituals.about.couple.get_together':
    'An evening for the two of you, planned in turns, with phones put away.',

  'rituals.title.family.appreciation': 'Thank-you moment',
  'rituals.about.family.appreciation':
    'Everyone names one thing someone in the family did that made the day easier.',
  'rituals.title.family.nightly_checkin': 'Ten minutes together in the evening',
  'rituals.about.family.nightly_checkin':
    'A few minutes at the table or before bed: each person shares one good thing and one hard thing from the day.',
  'rituals.title.family.weekly_checkin': 'How is everyone doing?',
  'rituals.about.family.weekly_checkin':
    'Once a week, each person says how the week felt and what would help in the next one.',
  'rituals.title.family.monthly_family_checkin': 'Monthly family check-in',
  'rituals.about.family.monthly_family_checkin':
    'Once a month, look together at how the jobs of family life are shared, and plan the month ahead.',
  'rituals.title.family.get_together': 'Family meal',
  'rituals.about.family.get_together':
    'A meal together each week, at the table or on a call, with room for everyone to talk.',

  'rituals.title.friends.appreciation': 'A word of thanks',
  'rituals.about.friends.appreciation':
    'Once a week, tell the group about something a friend did that meant a lot to you.',
  'rituals.title.friends.weekly_checkin': 'Catch-up call',
  'rituals.about.friends.weekly_checkin':
    'A call or a walk to hear how everyone really is, not only the news.',
  'rituals.title.friends.get_together': 'Get-together',
  'rituals.about.friends.get_together':
    'A standing date to meet, so nobody has to organise it from scratch each time.',

  'rituals.title.team.appreciation': 'Thank-you round',
  'rituals.about.team.appreciation':
    'Once a week, each person names one piece of help they had from someone on the team.',
  'rituals.title.team.weekly_checkin': 'How is the team doing?',
  'rituals.about.team.weekly_checkin':
    'A short round at the start of the week: what feels heavy, who could use a hand, what is going well.',
  'rituals.title.team.team_feedback': 'Reciprocal feedback round',
  'rituals.about.team.team_feedback':
    'Every other week, each person says what helped them and asks what they could do better for the others.',
  'rituals.title.team.get_together': 'Team lunch',
  'rituals.about.team.get_together': 'A meal together once a month, with no agenda.',

  'rituals.next': 'Next: {when}',
  'rituals.noNext': 'No upcoming time.',
  'rituals.rhythm': 'Done {done} of the last {of} times.',
  'rituals.rhythmNew': 'Just started.',
  'rituals.rhythmRun':
    '{count, plural, one {The last time you made it together.} other {The last # times you made it together.}}',
  'rituals.with': 'With {names}',
  'rituals.did': 'We did it',
  'rituals.didLabel': 'We did it: {title}',
  'rituals.done': 'Noted: “{title}”. Lovely.',
  'rituals.stop': 'Stop',
  'rituals.stopLabel': 'Stop “{title}”',
  'rituals.editAction': 'Edit',
  'rituals.editLabel': 'Edit “{title}”',
  'rituals.edit.title': 'Edit “{title}”',
  'rituals.edit.save': 'Save the changes',
  'rituals.edit.cancel': 'Keep it as it was',
  'rituals.edit.saved': 'Saved the changes to “{title}”.',
  'rituals.edit.unchanged': 'Nothing was changed.',
  'rituals.edit.gone':
    'This ritual was stopped in the meantime, so there is nothing left to change.',
  'rituals.schedule.daily': 'Every day at {time}',
  'rituals.schedule.weekly': 'Every week on {days} at {time}',
  'rituals.schedule.everyOtherWeek': 'Every other week on {days} at {time}',
  'rituals.schedule.monthly': 'Once a month at {time}',
  'rituals.schedule.other': 'On its own schedule at {time}',

  'rituals.new.title': 'Start a ritual',
  'rituals.new.kind': 'Which ritual',
  'rituals.new.name': 'Its name',
  'rituals.new.often': 'How often',
  'rituals.new.daily': 'Every day',
  'rituals.new.weekly': 'Every week',
  'rituals.new.monthly': 'Every month',
  'rituals.new.days': 'On which days',
  'rituals.new.monthDay': 'Day of the month',
  'rituals.new.monthDayHint': 'From 1 to 28, so it comes round every month.',
  'rituals.new.time': 'Time',
  'rituals.new.zone': 'Time zone',
  'rituals.new.who': 'Who takes part',
  'rituals.new.start': 'Start this ritual',
  'rituals.new.started': 'Started “{title}”.',
  'rituals.new.noDays': 'Choose at least one day.',
  'rituals.new.nameRequired': 'Please give your ritual a name.',
  'rituals.new.nobody': 'Choose at least one person.',
  'rituals.day.MO': 'Monday',
  'rituals.day.TU': 'Tuesday',
  'rituals.day.WE': 'Wednesday',
  'rituals.day.TH': 'Thursday',
  'rituals.day.FR': 'Friday',
  'rituals.day.SA': 'Saturday',
  'rituals.day.SU': 'Sunday',
  'rituals.remindersLink': 'Choose how you are reminded',

  'reminders.title': 'Reminders',
  'reminders.intro': 'How recipro reminds you of your rituals, and when it stays quiet.',
  'reminders.channels': 'Ways to remind me',
  'reminders.email': 'By email',
  'reminders.emailOff':
    'Email is not set up on this server, so reminders come by push or through your calendar.',
  'reminders.push': 'By push, on each device where you turn reminders on',
  'reminders.quiet': 'Quiet hours',
  'reminders.quietOn': 'Keep quiet during these hours',
  'reminders.quietFrom': 'From',
  'reminders.quietTo': 'To',
  'reminders.zone': 'My time zone',
  'reminders.save': 'Save reminder settings',
  'reminders.saved': 'Your reminder settings are saved.',
  'reminders.test': 'Send me a test reminder',
  'reminders.testTooMany':
    'A few test reminders were sent just now. Please wait a while before the next.',
  'reminders.testPushSending':
    '{count, plural, one {Push: on its way to # device.} other {Push: on its way to # devices.}}',
  'reminders.testPushNoDevice':
    'Push: not sent, no device has reminders turned on yet (turn them on under “Reminders on this device”, on each device you want them on).',
  'reminders.testPushOff': 'Push: not sent, reminders by push are off.',
  'reminders.testEmailSending': 'Email: on its way to your address.',
  'reminders.testEmailUnconfirmed':
    'Email: not sent, your email address is not confirmed yet (Settings can send the link again).',
  'reminders.testEmailUnavailable': 'Email: not sent, this server cannot send email.',
  'reminders.testEmailOff': 'Email: not sent, reminders by email are off.',
  'reminders.pushTitle': 'Reminders on this device',
  'reminders.pushOn': 'Turn on reminders on this device',
  'reminders.pushDone': 'This device will show your reminders.',
  'reminders.pushUnsupported':
    'This browser can’t show reminders from recipro. Email or the calendar feed work instead.',
  'reminders.pushDenied':
    'Notifications are blocked for recipro in this browser. You can allow them in the browser’s site settings.',
  'reminders.pushIsOn': 'This device shows your reminders.',
  'reminders.pushNotHere': 'This device does not show reminders yet.',
  'reminders.pushChecking': 'Checking this device…',
  'reminders.pushOff': 'Turn off on this device',
  'reminders.pushOffDone':
    'Reminders are off on this device. Your other devices and email are as you left them.',
  'reminders.pushOffFailed':
    'We could not turn off reminders on this device. Please check your connection and try again.',
  'reminders.pushFailed': 'We could not turn on reminders on this device. Please try again later.',
  'reminders.pushTaken': 'This device gets reminders for another account already.',
  'reminders.pushLookupFailed':
    'The push service of this browser could not be reached just now. Please try again.',
  'reminders.calendarTitle': 'Your calendar',
  'reminders.calendarIntro':
    'Add this private address to your calendar app to see your rituals there. Keep it to yourself.',
  'reminders.calendarUrl': 'Calendar feed address',
  'reminders.copy': 'Copy',
  'reminders.copied': 'Copied.',
  'reminders.newAddress': 'Make a new address',
  'reminders.newAddressDone': 'The old address no longer works; here is the new one.',
} as const;
