import { describe, expect, it } from 'vitest';
import { englishLeft } from '../i18n/english-left.ts';
import { emailConfirmationMessage, passwordResetMessage } from './account-mail.ts';

const to = { email: 'ben@example.test', name: 'Ben' };
const resetLink = 'https://recipro.example/reset-password?token=t0k3n';
const confirmLink = 'https://recipro.example/confirm-email?token=t0k3n';

describe('the emails about an account', () => {
  it('are in English for an account that chose no language', () => {
    const reset = passwordResetMessage({ ...to, locale: null }, resetLink, 30);
    expect(reset).toEqual({
      to: 'ben@example.test',
      language: 'en',
      subject: 'Set a new recipro password',
      text:
        'Hello Ben,\n\n' +
        'Someone (we hope you) asked to set a new password for your recipro account.\n' +
        `Follow this link within 30 minutes to choose one. It works once:\n\n${resetLink}\n\n` +
        'If it was not you, ignore this email: your password stays as it is.\n',
    });
    const confirm = emailConfirmationMessage({ ...to, locale: null }, confirmLink, 24);
    expect(confirm).toEqual({
      to: 'ben@example.test',
      language: 'en',
      subject: 'Confirm your email for recipro',
      text:
        'Hello Ben,\n\n' +
        'Please confirm that this is your address for recipro by following this link ' +
        `(it works once, within 24 hours):\n\n${confirmLink}\n\n` +
        'Until then recipro sends no reminders to it. If you did not expect this, ignore this email.\n',
    });
    expect(passwordResetMessage({ ...to, locale: null }, resetLink, 1).text).toContain(
      'within 1 minute to',
    );
  });

  it.each(['es', 'hi', 'ar'] as const)('are in the account’s language: %s', (locale) => {
    for (const [theirs, english, link] of [
      [
        passwordResetMessage({ ...to, locale }, resetLink, 30),
        passwordResetMessage({ ...to, locale: null }, resetLink, 30),
        resetLink,
      ],
      [
        emailConfirmationMessage({ ...to, locale }, confirmLink, 24),
        emailConfirmationMessage({ ...to, locale: null }, confirmLink, 24),
        confirmLink,
      ],
    ] as const) {
      expect(theirs.language).toBe(locale);
      expect(theirs.subject).not.toBe(english.subject);
      expect(englishLeft(theirs.subject, english.subject)).toEqual([]);
      expect(englishLeft(theirs.text, english.text, ['Ben'])).toEqual([]);
      // The link stands on a line of its own, as it does in English.
      expect(theirs.text).toContain(`\n\n${link}\n\n`);
      expect(theirs.text).toMatch(/\n$/);
    }
  });

  it('say a time in Arabic in the form its number takes', () => {
    const within = (minutes: number) =>
      passwordResetMessage({ ...to, locale: 'ar' }, resetLink, minutes).text;
    expect(within(1)).toContain('خلال دقيقة واحدة.');
    expect(within(2)).toContain('خلال دقيقتين.');
    expect(within(5)).toContain('خلال 5 دقائق.');
    expect(within(30)).toContain('خلال 30 دقيقة.');
    expect(within(120)).toContain('خلال 120 دقيقة.');
    const hours = (count: number) =>
      emailConfirmationMessage({ ...to, locale: 'ar' }, confirmLink, count).text;
    expect(hours(24)).toContain('خلال 24 ساعة)');
    expect(hours(2)).toContain('خلال ساعتين)');
    expect(hours(3)).toContain('خلال 3 ساعات)');
  });
});
