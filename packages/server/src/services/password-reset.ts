import { systemClock, toIso, type Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { passwordResetMessage, type AccountMail } from '../notify/account-mail.ts';
import { AuthTokensRepository } from '../repositories/auth-tokens.ts';
import { emailKey, UsersRepository, type UserRecord } from '../repositories/users.ts';
import { perHour, type RateLimiter } from './rate-limits.ts';

/** How long a password reset link works. */
export const RESET_MINUTES = 30;
/** Reset emails one address receives at most per hour, whoever asks. */
const RESET_MAILS = perHour(3, 'Too many reset emails.');

const resetLink = (appUrl: string, token: string) => `${appUrl}/reset-password?token=${token}`;

/** Makes a reset token for a user and stores its hash; `sentTo` is the address it goes to, if any. */
async function issueToken(
  tokens: AuthTokensRepository,
  clock: Clock,
  user: UserRecord,
  sentTo: string | null,
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const now = clock.now();
  const expiresAt = toIso(now + RESET_MINUTES * 60_000);
  await tokens.create({
    tokenHash: hashToken(token),
    userId: user.id,
    purpose: 'password_reset',
    email: sentTo,
    createdAt: toIso(now),
    expiresAt,
  });
  await tokens.deleteExpired(toIso(now));
  return { token, expiresAt };
}

/** Forgotten passwords: a single-use link by email, or printed for the server's owner by the CLI. */
export class PasswordResetService {
  constructor(
    private readonly repositories: {
      readonly users: UsersRepository;
      readonly tokens: AuthTokensRepository;
    },
    private readonly limiter: RateLimiter,
    private readonly mail: AccountMail,
    private readonly clock: Clock,
  ) {}

  /** Whether a forgotten password can be reset by email on this server. */
  get byEmail(): boolean {
    return this.mail.available;
  }

  /**
   * Emails a reset link to the account with this address, if there is one. Everything happens
   * after the request is answered, so the answer and its timing are the same for an unknown
   * address. Without email configured, nothing is sent.
   */
  request(email: string): void {
    this.mail.later('password reset', async () => {
      const verdict = await this.limiter.hit(`reset-mail|${emailKey(email)}`, RESET_MAILS);
      if (!verdict.allowed) return null;
      const user = await this.repositories.users.findByEmail(email);
      if (!user) return null;
      const { token } = await issueToken(this.repositories.tokens, this.clock, user, user.email);
      return passwordResetMessage(user, resetLink(this.mail.appUrl(), token), RESET_MINUTES);
    });
  }

  /** Sets a new password with a reset token and ends every session of its account. */
  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const done = await this.repositories.users.resetPassword(
      hashToken(token),
      passwordHash,
      toIso(this.clock.now()),
    );
    if (!done) {
      throw new AppError(
        'not_found',
        'This password reset link is not valid any more: it was used, or it expired. Ask for a new one.',
      );
    }
  }
}

/**
 * A one-time reset link for the account with this email, for the server's owner to hand over
 * (`recipro reset-password`); null when no account has this email.
 */
export async function passwordResetLink(
  database: Db,
  email: string,
  appUrl: string,
  clock: Clock = systemClock,
): Promise<{ url: string; expiresAt: string } | null> {
  const user = await new UsersRepository(database.db).findByEmail(email);
  if (!user) return null;
  const { token, expiresAt } = await issueToken(
    new AuthTokensRepository(database.db),
    clock,
    user,
    null,
  );
  return { url: resetLink(appUrl, token), expiresAt };
}
