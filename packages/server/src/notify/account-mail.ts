import type { Mailer, MailMessage } from './mailer.ts';

/**
 * Emails about the account itself (password reset, email confirmation), sent after the request
 * that asked for them has been answered: no request waits for an SMTP server, and a request
 * for an unknown address takes as long as one for a known address. A failed send is logged,
 * not retried: the person can ask again. The links carry tokens, so these messages never go
 * through the reminder outbox, which would store them in plain text.
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

export const passwordResetMessage = (
  to: { email: string; name: string },
  link: string,
  minutes: number,
): MailMessage => ({
  to: to.email,
  subject: 'Set a new recipro password',
  text:
    `Hello ${to.name},\n\n` +
    `Someone (we hope you) asked to set a new password for your recipro account.\n` +
    `Follow this link within ${minutes} minutes to choose one. It works once:\n\n${link}\n\n` +
    `If it was not you, ignore this email: your password stays as it is.\n`,
});

export const emailConfirmationMessage = (
  to: { email: string; name: string },
  link: string,
  hours: number,
): MailMessage => ({
  to: to.email,
  subject: 'Confirm your email for recipro',
  text:
    `Hello ${to.name},\n\n` +
    `Please confirm that this is your address for recipro by following this link ` +
    `(it works once, within ${hours} hours):\n\n${link}\n\n` +
    `Until then recipro sends no reminders to it. If you did not expect this, ignore this email.\n`,
});
