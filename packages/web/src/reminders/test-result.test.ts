import { describe, expect, it } from 'vitest';
import { testReminderWords } from './test-result.ts';

describe('the words for a test reminder', () => {
  it('says where it went, per channel', () => {
    expect(
      testReminderWords({ push: { status: 'sending', devices: 2 }, email: { status: 'sending' } }),
    ).toBe('Push: on its way to 2 devices. Email: on its way to your address.');
    expect(
      testReminderWords({
        push: { status: 'sending', devices: 1 },
        email: { status: 'not_configured' },
      }),
    ).toBe('Push: on its way to 1 device. Email: not sent, this server cannot send email.');
  });

  it('never says push was sent when no device has subscribed', () => {
    const words = testReminderWords({
      push: { status: 'no_device', devices: 0 },
      email: { status: 'unconfirmed' },
    });
    expect(words).toContain('Push: not sent, no device has reminders turned on');
    expect(words).toContain('Email: not sent, your email address is not confirmed yet');
    expect(words).not.toContain('on its way');
  });

  it('names channels that are off as off', () => {
    expect(
      testReminderWords({
        push: { status: 'not_chosen', devices: 0 },
        email: { status: 'not_chosen' },
      }),
    ).toBe(
      'Push: not sent, reminders by push are off. Email: not sent, reminders by email are off.',
    );
  });
});
