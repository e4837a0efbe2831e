import type { Locale } from '@recipro/core';
import nodemailer from 'nodemailer';

export interface MailMessage {
  readonly to: string;
  /** The language the email is written in: the recipient's (sent as Content-Language). */
  readonly language: Locale;
  readonly subject: string;
  readonly text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Files sent with it (a report's PDF). */
  readonly attachments?: readonly {
    readonly filename: string;
    readonly content: Buffer;
    readonly contentType: string;
  }[];
}

/** Sends email; throws when the server refuses or cannot be reached (the caller retries). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** An SMTP mailer for `smtp://user:pass@host:port` (or `smtps://`), sending as `from`. */
export function smtpMailer(url: string, from: string): Mailer {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.language, ...message.headers },
        ...(message.attachments ? { attachments: [...message.attachments] } : {}),
      });
    },
    close: () => transport.close(),
  };
}
