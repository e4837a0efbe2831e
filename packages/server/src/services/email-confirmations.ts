import type { Locale } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { emailConfirmationMessage, type AccountMail } from '../notify/account-mail.ts';
import type { AuthTokensRepository } from '../repositories/auth-tokens.ts';

/** How long an email confirmation link works. */
export const CONFIRMATION_HOURS = 24;

/** Sends single-use links that confirm an address belongs to the person (when email is on). */
export class EmailConfirmations {
  constructor(
    private readonly tokens: AuthTokensRepository,
    private readonly mail: AccountMail,
    private readonly clock: Clock,
  ) {}

  /** Whether confirmation links can be sent at all (SMTP configured). */
  get available(): boolean {
    return this.mail.available;
  }

  /**
   * Sends `address` a link confirming it for this user, in their language, after the current
   * request is answered.
   */
  send(user: { id: string; name: string; locale: Locale | null }, address: string): void {
    this.mail.later('email confirmation', async () => {
      const token = newToken();
      const now = this.clock.now();
      await this.tokens.create({
        tokenHash: hashToken(token),
        userId: user.id,
        purpose: 'email_confirmation',
        email: address,
        createdAt: toIso(now),
        expiresAt: toIso(now + CONFIRMATION_HOURS * 3_600_000),
      });
      await this.tokens.deleteExpired(toIso(now));
      return emailConfirmationMessage(
        { email: address, name: user.name, locale: user.locale },
        `${this.mail.appUrl()}/confirm-email?token=${token}`,
        CONFIRMATION_HOURS,
      );
    });
  }
}
