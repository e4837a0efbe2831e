/**
 * English messages of the person's own account and data rights (issue 11): settings, the
 * pages behind emailed links, and the sign-in screen's notices. Merged into `en` in en.ts; keys
 * start with `settings.`, `profile.`, `password.`, `devices.`, `data.`, `leave.`, `remove.`,
 * `history.`, `forgot.`, `reset.` or `confirmEmail.`.
 */
export const enAccount = {
  'settings.title': 'Settings',
  'settings.intro':
    'Your name, your password, where you are signed in — and your data, which is yours to take with you or to delete.',
  'settings.remindersLink': 'Reminders and quiet hours are on their own page.',
  'settings.remindersGo': 'Open reminders',

  'profile.title': 'About you',
  'profile.name': 'Your name',
  'profile.name.hint': 'This is how people in your circles see you.',
  'profile.email': 'Email',
  'profile.email.hint': 'You sign in with it.',
  'profile.save': 'Save',
  'profile.saving': 'Saving…',
  'profile.saved': 'Saved.',
  'profile.nothingChanged': 'Nothing to save: this is already what recipro has.',
  'profile.emailTaken': 'Another account already uses this email address.',
  'profile.emailSent': 'Almost done: we sent a link to {email}.',
  'profile.pending':
    'Your email changes to {pending} once you open the link we sent there. Until then, you sign in with {email}.',
  'profile.unconfirmed':
    'Your email address is not confirmed yet. Once it is, recipro can send you a link if you ever forget your password.',
  'profile.resend': 'Send the link again',
  'profile.sendLink': 'Send me a confirmation link',
  'profile.sending': 'Sending…',
  'profile.linkSent': 'A new link is on its way to {email}.',
  'profile.tooSoon':
    'Several links were sent in the last hour already. Please wait a while before asking for another.',
  'profile.keepEmail': 'Cancel the change',
  'profile.linkNotNeeded':
    'No link was sent: your address is confirmed already, or this recipro does not send email.',
  'profile.keptEmail': 'Your email stays {email}.',

  'password.title': 'Your password',
  'password.current': 'Current password',
  'password.next': 'New password',
  'password.next.hint': 'At least {min} characters.',
  'password.submit': 'Change password',
  'password.pending': 'Changing…',
  'password.done':
    'Your password is changed. You stay signed in here; your other devices were signed out.',
  'password.wrong': 'That password is not right.',
  'password.tooMany': 'That was a lot of tries in a row. Please wait a minute, then try again.',
  'password.forgot': 'Forgot your password?',

  'devices.title': 'Signed-in devices',
  'devices.intro': 'Where you are signed in to recipro right now.',
  'devices.browserOnSystem': '{browser} on {system}',
  'devices.browser': 'A web browser',
  'devices.unknown': 'A device we could not name',
  'devices.thisDevice': 'This device',
  'devices.lastSeen': 'Last active {when}',
  'devices.since': 'Signed in on {date}',
  'devices.signOut': 'Sign out',
  'devices.signOutLabel': 'Sign out {device}, last active {when}',
  'devices.signedOut': '{device} is signed out.',
  'devices.endOthers': 'Sign out everywhere else',
  'devices.endedOthers': 'Every other device is signed out. This one stays signed in.',
  'devices.onlyThis': 'You are signed in on this device only.',
  'devices.pending': 'Signing out…',

  'data.title': 'Take your data with you',
  'data.intro':
    'Everything you have written and logged in recipro, in one file you can keep (JSON, readable by other apps).',
  'data.export': 'Download my data',
  'data.csvIntro': 'The acts of care in each of your circles, as a spreadsheet (CSV):',
  'data.csv': 'Download acts (CSV)',
  'data.noCircles': 'When you are in a circle, its acts of care can be downloaded here.',

  'history.deletedTitle': 'What is deleted',
  'history.deletedLeave':
    'Everything you wrote in {circle}: your reflections, your needs (private or shared), your notes on acts of care and on ruptures, your check-in and question answers and notes, the seasons about you, and the chat summaries you saved.',
  'history.deletedAccount':
    'Your account, and everything you wrote in every circle: your reflections, your needs (private or shared), your notes on acts of care and on ruptures, your check-in and question answers and notes, the seasons about you, and the chat summaries you saved.',
  'history.staysTitle': 'What stays for the others',
  'history.acts':
    'The acts of care you gave or received stay in their history, shown as from or to “a former member”, without your notes.',
  'history.theirs': 'What they wrote themselves stays theirs.',
  'history.load':
    'What you took on in sharing the load is open again for them, and you leave the rituals you were part of.',
  'history.lastOne':
    'You are the last one in {circle}, so the circle is deleted too, with everything in it.',
  'history.lastIn':
    '{count, plural, one {You are the last one in {circles}, so it is deleted with everything in it.} other {You are the last one in {circles}, so they are deleted with everything in them.}}',

  'leave.title': 'Leave a circle',
  'leave.intro': 'You can leave any circle at any time. Nobody needs to agree.',
  'leave.open': 'Leave {circle}…',
  'leave.confirmTitle': 'Leave {circle}?',
  'leave.confirm': 'Leave {circle}',
  'leave.pending': 'Leaving…',
  'leave.cancel': 'Stay in the circle',
  'leave.done': 'You have left {circle}.',
  'leave.none': 'You are not in any circle right now.',

  'remove.title': 'Delete your account',
  'remove.intro':
    'This deletes your account and signs you out on every device. It cannot be undone.',
  'remove.downloadFirst': 'You may want to download your data first.',
  'remove.open': 'Delete my account…',
  'remove.confirmTitle': 'Delete your account for good?',
  'remove.password': 'Your password',
  'remove.password.hint': 'To be sure it is you.',
  'remove.confirm': 'Delete my account',
  'remove.pending': 'Deleting…',
  'remove.cancel': 'Keep my account',

  'signIn.goodbye': 'Your account is deleted. Thank you for the care you shared here.',
  'signIn.passwordSet': 'Your new password is set. Sign in with it below.',

  'forgot.title': 'Forgot your password?',
  'forgot.intro':
    'Tell us the email you signed up with, and we will send you a link to set a new password.',
  'forgot.submit': 'Send me a link',
  'forgot.pending': 'Sending…',
  'forgot.sent':
    'If an account uses {email}, a link to set a new password is on its way. It works once. Look in your spam folder too if it does not arrive.',
  'forgot.noEmail':
    'This recipro does not send emails, so it cannot send you a link. The person who runs it can make one for you: ask them to run the command below on the computer where recipro runs, and to send you the one-time link it prints.',
  'forgot.commandLabel': 'What they run, with your own email address at the end:',
  'forgot.backToSignIn': 'Back to sign in',

  'reset.title': 'Choose a new password',
  'reset.intro': 'This is the password you will sign in with from now on.',
  'reset.password': 'New password',
  'reset.submit': 'Save new password',
  'reset.pending': 'Saving…',
  'reset.expired':
    'This link has already been used, or it is too old. Ask for a new one and use it soon after it arrives.',
  'reset.askAgain': 'Ask for a new link',

  'confirmEmail.title': 'Confirming your email',
  'confirmEmail.pending': 'One moment, we are confirming your email address…',
  'confirmEmail.doneTitle': 'Your email is confirmed',
  'confirmEmail.done': 'Thank you. recipro now uses {email} for you.',
  'confirmEmail.doneShort': 'Thank you, your email address is confirmed.',
  'confirmEmail.doneSignedOut': 'Thank you. Sign in with your email address to carry on.',
  'confirmEmail.failedTitle': 'This link cannot be used',
  'confirmEmail.expired':
    'It has already been used, or it is too old. You can ask for a new one in Settings, under “About you”.',
  'confirmEmail.taken':
    'Another account started using this email address in the meantime, so your email stays as it was.',
  'confirmEmail.toSettings': 'Go to Settings',
  'confirmEmail.toHome': 'Go to your circles',
  'confirmEmail.toSignIn': 'Sign in',
  'confirmEmail.signInToAsk': 'Sign in to ask for a new link',
};
