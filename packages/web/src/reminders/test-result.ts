import type { TestReminderResult } from '../api-load.ts';
import { t, tn } from '../i18n/index.ts';

/** What a test reminder did, one sentence per channel: where it went, or why it did not. */
export function testReminderWords({ push, email }: TestReminderResult): string {
  const pushWords =
    push.status === 'sending'
      ? tn('reminders.testPushSending', push.devices)
      : t(push.status === 'no_device' ? 'reminders.testPushNoDevice' : 'reminders.testPushOff');
  const emailWords = {
    sending: 'reminders.testEmailSending',
    unconfirmed: 'reminders.testEmailUnconfirmed',
    not_configured: 'reminders.testEmailUnavailable',
    not_chosen: 'reminders.testEmailOff',
  } as const;
  return `${pushWords} ${t(emailWords[email.status])}`;
}
