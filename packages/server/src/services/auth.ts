import { randomUUID } from 'node:crypto';
import { toIso, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { SessionsRepository } from '../repositories/sessions.ts';
import type { UserRecord, UsersRepository } from '../repositories/users.ts';

const DAY_MS = 86_400_000;

export interface SignedIn {
  readonly user: UserRecord;
  /** The session token for the cookie. Only its hash is stored. */
  readonly token: string;
  readonly expiresAt: Date;
}

/** Accounts and sessions: sign up, sign in, sign out, and who a session token belongs to. */
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    private readonly sessionDays: number,
  ) {}

  async signUp(input: { email: string; password: string; name: string }): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    const user = await this.users.create({
      id: randomUUID(),
      email: input.email,
      name: input.name,
      passwordHash,
      createdAt: toIso(this.clock.now()),
    });
    if (!user) {
      throw new AppError(
        'conflict',
        'An account cannot be created with this email. If it is yours, sign in instead.',
      );
    }
    return this.startSession(user);
  }

  async signIn(input: { email: string; password: string }): Promise<SignedIn> {
    const user = await this.users.findByEmail(input.email);
    if (!user) {
      await verifyAgainstNothing(input.password);
    } else if (await verifyPassword(user.passwordHash, input.password)) {
      const { passwordHash: _ignored, ...record } = user;
      return this.startSession(record);
    }
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }

  async signOut(token: string): Promise<void> {
    await this.sessions.delete(hashToken(token));
  }

  /** The signed-in user for a cookie token, or undefined when it is unknown or expired. */
  async userForToken(token: string): Promise<UserRecord | undefined> {
    return this.sessions.findUser(hashToken(token), toIso(this.clock.now()));
  }

  private async startSession(user: UserRecord): Promise<SignedIn> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = now + this.sessionDays * DAY_MS;
    await this.sessions.create({
      id: hashToken(token),
      userId: user.id,
      createdAt: toIso(now),
      expiresAt: toIso(expiresAt),
    });
    await this.sessions.deleteExpired(toIso(now));
    return { user, token, expiresAt: new Date(expiresAt) };
  }
}
