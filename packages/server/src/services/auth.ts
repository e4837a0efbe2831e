import { randomUUID } from 'node:crypto';
import type { Locale } from '@recipro/core';
import { fromIso, toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { SessionsRepository } from '../repositories/sessions.ts';
import type { UserRecord, UsersRepository } from '../repositories/users.ts';
import type { EmailConfirmations } from './email-confirmations.ts';

const DAY_MS = 86_400_000;
/** A session's "last seen" is written at most this often, not on every request. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;
/** A user agent longer than this is kept cut short: it only helps a person recognise a session. */
const USER_AGENT_MAX = 512;

export interface SignedIn {
  readonly user: UserRecord;
  /** The session token for the cookie. Only its hash is stored. */
  readonly token: string;
  readonly expiresAt: Date;
}

/** Where a sign-in comes from, remembered with its session. */
export interface SessionOrigin {
  readonly userAgent: string | null;
}

/** Accounts and sessions: sign up, sign in, sign out, change password, and whose a session token is. */
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly confirmations: EmailConfirmations,
    private readonly clock: Clock,
    private readonly sessionDays: number,
  ) {}

  async signUp(
    input: { email: string; password: string; name: string; locale?: Locale },
    origin: SessionOrigin,
  ): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    const user = await this.users.create({
      id: randomUUID(),
      email: input.email,
      name: input.name,
      passwordHash,
      createdAt: toIso(this.clock.now()),
      locale: input.locale ?? null,
    });
    if (!user) {
      throw new AppError(
        'conflict',
        'An account cannot be created with this email. If it is yours, sign in instead.',
      );
    }
    if (this.confirmations.available) this.confirmations.send(user, user.email);
    return this.startSession(user, origin);
  }

  async signIn(
    input: { email: string; password: string },
    origin: SessionOrigin,
  ): Promise<SignedIn> {
    const user = await this.users.findByEmail(input.email);
    if (!user) {
      await verifyAgainstNothing(input.password);
    } else if (await verifyPassword(user.passwordHash, input.password)) {
      const { passwordHash: _ignored, ...record } = user;
      return this.startSession(record, origin);
    }
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }

  async signOut(token: string): Promise<void> {
    await this.sessions.delete(hashToken(token));
  }

  /**
   * The signed-in user for a cookie token, or undefined when it is unknown or expired. Notes
   * that the session was seen, at most once every few minutes (this runs on every request).
   */
  async userForToken(token: string): Promise<UserRecord | undefined> {
    const id = hashToken(token);
    const now = this.clock.now();
    const found = await this.sessions.findUser(id, toIso(now));
    if (!found) return undefined;
    await this.seen(id, now, found.lastSeenAt);
    return found.user;
  }

  /**
   * `userForToken` and, in the same query, the version of `circleId` when that user is one of
   * its members (null when not): what a repeated read of a circle's views needs, in one query.
   */
  async userInCircle(
    token: string,
    circleId: string,
  ): Promise<{ user: UserRecord; version: number | null } | undefined> {
    const id = hashToken(token);
    const now = this.clock.now();
    const found = await this.sessions.findUserInCircle(id, toIso(now), circleId);
    if (!found) return undefined;
    await this.seen(id, now, found.lastSeenAt);
    return { user: found.user, version: found.version ?? null };
  }

  /** Session lookups answered without asking the database (nothing committed since). */
  get keptLookups(): number {
    return this.sessions.unchanged.hits;
  }

  /** Records that the session was used, every few minutes rather than on each request. */
  private async seen(id: string, now: number, lastSeenAt: string): Promise<void> {
    if (now - fromIso(lastSeenAt) >= LAST_SEEN_EVERY_MS) {
      await this.sessions.touch(id, toIso(now), toIso(now - LAST_SEEN_EVERY_MS));
    }
  }

  /**
   * Changes the password when `current` is right, and ends every other session of the user;
   * the session of `currentToken` stays signed in. A wrong `current` changes nothing (403).
   */
  async changePassword(
    user: UserRecord,
    currentToken: string,
    input: { current: string; next: string },
  ): Promise<void> {
    const stored = await this.users.findById(user.id);
    if (!stored || !(await verifyPassword(stored.passwordHash, input.current))) {
      const message = 'That is not your current password.';
      throw new AppError('forbidden', message, { details: [{ field: 'current', message }] });
    }
    await this.users.setPassword(user.id, await hashPassword(input.next), hashToken(currentToken));
  }

  private async startSession(user: UserRecord, origin: SessionOrigin): Promise<SignedIn> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = now + this.sessionDays * DAY_MS;
    await this.sessions.create({
      id: hashToken(token),
      publicId: randomUUID(),
      userId: user.id,
      createdAt: toIso(now),
      expiresAt: toIso(expiresAt),
      userAgent: origin.userAgent?.slice(0, USER_AGENT_MAX) || null,
    });
    await this.sessions.deleteExpired(toIso(now));
    return { user, token, expiresAt: new Date(expiresAt) };
  }
}
