import type { Locale } from '@recipro/core';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { hashToken } from '../auth/tokens.ts';
import {
  emailKey,
  type FirstRun,
  type UserRecord,
  type UsersRepository,
} from '../repositories/users.ts';
import type { EmailConfirmations } from './email-confirmations.ts';
import { perHour, type RateLimiter } from './rate-limits.ts';

/** Confirmation emails one person may have sent per hour (new links and changed addresses). */
const CONFIRMATION_MAILS = perHour(
  3,
  'Three confirmation emails were sent in the last hour. Please wait an hour and try again.',
);

const taken = () =>
  new AppError('conflict', 'Another account uses this email.', {
    details: [{ field: 'email', message: 'is used by another account' }],
  });

/** One's own name, email address and language, and confirming that address. */
export class ProfileService {
  constructor(
    private readonly users: UsersRepository,
    private readonly confirmations: EmailConfirmations,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the name (everywhere: also the member name in each circle) and the email. With email
   * on, a new address waits as pending until the link sent to it is followed; without email it
   * replaces the old one at once (unconfirmed). An address another account has is refused (409)
   * and nothing changes. `firstRun` records leaving (or reopening) the first-run path; `locale`
   * the language the person chose.
   */
  async update(
    user: UserRecord,
    input: { name?: string; email?: string; firstRun?: FirstRun; locale?: Locale },
  ): Promise<UserRecord> {
    const changes: Parameters<UsersRepository['updateProfile']>[1] = {};
    let confirm: string | null = null;
    if (input.name !== undefined && input.name !== user.name) changes.name = input.name;
    if (input.firstRun !== undefined && input.firstRun !== user.firstRun)
      changes.firstRun = input.firstRun;
    if (input.locale !== undefined && input.locale !== user.locale) changes.locale = input.locale;
    if (input.email !== undefined) {
      if (emailKey(input.email) === emailKey(user.email)) {
        // The same address (perhaps written differently): nothing to confirm, a pending change is dropped.
        if (input.email !== user.email)
          changes.email = { address: input.email, confirmed: user.emailConfirmed };
        if (user.pendingEmail !== null) changes.pendingEmail = null;
      } else {
        if (await this.users.findByEmail(input.email)) throw taken();
        if (this.confirmations.available) {
          await this.limiter.check(`confirm-mail|${user.id}`, CONFIRMATION_MAILS);
          changes.pendingEmail = input.email;
          confirm = input.email;
        } else {
          changes.email = { address: input.email, confirmed: false };
        }
      }
    }
    if (Object.keys(changes).length > 0) {
      if ((await this.users.updateProfile(user.id, changes)) === 'taken') throw taken();
    }
    if (confirm !== null)
      this.confirmations.send(
        {
          id: user.id,
          name: changes.name ?? user.name,
          locale: changes.locale ?? user.locale,
        },
        confirm,
      );
    return this.current(user.id);
  }

  /** Follows a confirmation link: the address it was sent to becomes the confirmed one. */
  async confirmEmail(token: string): Promise<void> {
    const result = await this.users.confirmEmail(hashToken(token), toIso(this.clock.now()));
    if (result === 'taken') throw taken();
    if (result === 'invalid') {
      throw new AppError(
        'not_found',
        'This confirmation link is not valid any more: it was used, or it expired. Ask for a new one.',
      );
    }
  }

  /** Sends a new confirmation link: to the pending address, else to an unconfirmed current one. */
  async resendConfirmation(user: UserRecord): Promise<void> {
    if (!this.confirmations.available) {
      throw new AppError('conflict', 'Email is not set up on this server, so nothing can be sent.');
    }
    const address = user.pendingEmail ?? (user.emailConfirmed ? null : user.email);
    if (address === null)
      throw new AppError('conflict', 'Your email address is already confirmed.');
    await this.limiter.check(`confirm-mail|${user.id}`, CONFIRMATION_MAILS);
    this.confirmations.send(user, address);
  }

  private async current(userId: string): Promise<UserRecord> {
    const user = await this.users.findById(userId);
    if (!user) throw new AppError('unauthenticated', 'Please sign in first.');
    const { passwordHash: _ignored, ...record } = user;
    return record;
  }
}
