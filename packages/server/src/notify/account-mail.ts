import type { Locale } from '@recipro/core';
import { wordsFor, type MessageKey, type Words } from '../i18n/index.ts';
import type { Mailer, MailMessage } from './mailer.ts';

/**
 * Emails about the account itself (password reset, email confirmation), sent after the request
 * that asked for them has been answered: no request waits for an SMTP server, and a request
 * for an unknown address takes as long as one for a known address. A failed send is logged,
 * not retried: the person can ask again. The links carry tokens, so these messages never go
 * through the reminder outbox, which would store them in plain text. Each is written in the
 * language of the account it is about.
 */
export class AccountMail {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly mailer: Mailer | null,
    /** The app's own address for links; never taken from a request's Host header. */
    readonly appUrl: () => string,
    private readonly log: { warn(obj: object, msg: string): void },
  ) {}

  /** Whether this server can send email at all (SMTP configured). */
  get available(): boolean {
    return this.mailer !== null;
  }

  /**
   * Runs `compose` in the background and sends what it returns (nothing for null). The work
   * starts only after the current request's own work, so its cost never shows in the answer.
   */
  later(what: string, compose: () => Promise<MailMessage | null>): void {
    const mailer = this.mailer;
    if (!mailer) return;
    const work = (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const message = await compose();
      if (message) await mailer.send(message);
    })().catch((error: unknown) => this.log.warn({ err: error }, `${what} email not sent`));
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Resolves when every email started so far has been sent or has failed. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/** Who an account email goes to: the address, the name it greets, the account's language. */
export interface AccountMailTo {
  readonly email: string;
  readonly name: string;
  /** null: not chosen, so English. */
  readonly locale: Locale | null;
}

/** An email about the person's own account: a greeting by name, then its paragraphs. */
function accountMail(
  to: AccountMailTo,
  subject: MessageKey,
  paragraphs: (words: Words) => readonly string[],
): MailMessage {
  const words = wordsFor(to.locale);
  return {
    to: to.email,
    language: words.locale,
    subject: words.t(subject),
    text: `${[words.t('mail.hello', { name: to.name }), ...paragraphs(words)].join('\n\n')}\n`,
  };
}

export function passwordResetMessage(
  to: AccountMailTo,
  link: string,
  minutes: number,
): MailMessage {
  return accountMail(to, 'account.reset.subject', (words) => [
    `${words.t('account.reset.asked')}\n${words.t('account.reset.follow', { minutes })}`,
    link,
    words.t('account.reset.notYou'),
  ]);
}

export function emailConfirmationMessage(
  to: AccountMailTo,
  link: string,
  hours: number,
): MailMessage {
  return accountMail(to, 'account.confirm.subject', (words) => [
    words.t('account.confirm.follow', { hours }),
    link,
    words.t('account.confirm.until'),
  ]);
}
