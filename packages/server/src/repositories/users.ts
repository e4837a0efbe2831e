import { isLocale, type Locale } from '@recipro/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AuthTokensRepository } from './auth-tokens.ts';

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  /** Whether the person followed a link sent to `email`. */
  readonly emailConfirmed: boolean;
  /** A new address waiting for confirmation, or null. */
  readonly pendingEmail: string | null;
  /** Where the person stands with the first-run path (see migration 0019). */
  readonly firstRun: FirstRun;
  /** The language the person chose, or null while not chosen (see migration 0023). */
  readonly locale: Locale | null;
}

/** The first-run path after sign-up: offered, set aside with "Not now", or finished. */
export const FIRST_RUN_STATES = ['open', 'skipped', 'done'] as const;
export type FirstRun = (typeof FIRST_RUN_STATES)[number];

const toFirstRun = (value: string): FirstRun =>
  (FIRST_RUN_STATES as readonly string[]).includes(value) ? (value as FirstRun) : 'done';

/** A stored language recipro does not speak (any more) reads as not chosen. */
export const toLocale = (value: string | null): Locale | null => (isLocale(value) ? value : null);

export interface UserWithPassword extends UserRecord {
  readonly passwordHash: string;
}

/** A new account; without `locale` it has chosen no language yet. */
export type NewUser = Pick<
  UserWithPassword,
  'id' | 'email' | 'name' | 'passwordHash' | 'createdAt'
> &
  Partial<Pick<UserRecord, 'locale'>>;

/** What following an email confirmation link did. */
export type ConfirmResult = 'confirmed' | 'invalid' | 'taken';

/** Trimmed and lower-cased email: what makes two addresses the same account. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** The columns a `UserRecord` is read from. */
export type UserRow = Pick<
  Selectable<UsersTable>,
  | 'id'
  | 'email'
  | 'name'
  | 'created_at'
  | 'email_confirmed'
  | 'pending_email'
  | 'first_run'
  | 'locale'
>;

export const toUserRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  createdAt: row.created_at,
  emailConfirmed: Number(row.email_confirmed) === 1,
  pendingEmail: row.pending_email,
  firstRun: toFirstRun(row.first_run),
  locale: toLocale(row.locale),
});

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates a user; returns null when the email is already taken. */
  async create(user: NewUser): Promise<UserRecord | null> {
    try {
      await this.db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          email_key: emailKey(user.email),
          name: user.name,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          email_confirmed: 0,
          pending_email: null,
          first_run: 'open',
          locale: user.locale ?? null,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: user.createdAt,
      emailConfirmed: false,
      pendingEmail: null,
      firstRun: 'open',
      locale: user.locale ?? null,
    };
  }

  async findByEmail(email: string): Promise<UserWithPassword | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email_key', '=', emailKey(email))
      .executeTakeFirst();
    return row && { ...toUserRecord(row), passwordHash: row.password_hash };
  }

  async findById(id: string): Promise<UserWithPassword | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { ...toUserRecord(row), passwordHash: row.password_hash };
  }

  /** Of the given users, those whose email address is confirmed. */
  async withConfirmedEmail(userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', [...userIds])
      .where('email_confirmed', '=', 1)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Changes the name, and with it the person's member name in every circle they are in, in one
   * transaction; an email given here replaces the address at once (`emailConfirmed` says
   * whether it counts as confirmed). Returns 'taken' (changing nothing) when another account
   * has that email.
   */
  async updateProfile(
    userId: string,
    changes: {
      name?: string;
      email?: { address: string; confirmed: boolean };
      pendingEmail?: string | null;
      firstRun?: FirstRun;
      locale?: Locale;
    },
  ): Promise<'updated' | 'taken'> {
    try {
      await this.db.transaction().execute(async (tx) => {
        if (changes.email) {
          await tx
            .updateTable('users')
            .set({
              email: changes.email.address,
              email_key: emailKey(changes.email.address),
              email_confirmed: changes.email.confirmed ? 1 : 0,
            })
            .where('id', '=', userId)
            .execute();
          // Reset links went to the old address.
          await AuthTokensRepository.deleteForUser(tx, userId, 'password_reset');
        }
        if (changes.firstRun !== undefined) {
          await tx
            .updateTable('users')
            .set({ first_run: changes.firstRun })
            .where('id', '=', userId)
            .execute();
        }
        if (changes.locale !== undefined) {
          await tx
            .updateTable('users')
            .set({ locale: changes.locale })
            .where('id', '=', userId)
            .execute();
        }
        if (changes.pendingEmail !== undefined) {
          await tx
            .updateTable('users')
            .set({ pending_email: changes.pendingEmail })
            .where('id', '=', userId)
            .execute();
        }
        if (changes.name !== undefined) {
          await tx
            .updateTable('users')
            .set({ name: changes.name })
            .where('id', '=', userId)
            .execute();
          await tx
            .updateTable('members')
            .set({ name: changes.name })
            .where('user_id', '=', userId)
            .execute();
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
    return 'updated';
  }

  /**
   * Sets a new password hash and ends every session of the user but `keepSessionId` (none when
   * null), in one transaction. Reset links still out are voided too.
   */
  async setPassword(userId: string, passwordHash: string, keepSessionId: string | null) {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', userId)
        .execute();
      let sessions = tx.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepSessionId !== null) sessions = sessions.where('id', '!=', keepSessionId);
      await sessions.execute();
      await AuthTokensRepository.deleteForUser(tx, userId, 'password_reset');
    });
  }

  /**
   * Uses a password reset token: in one transaction, takes the token (only if unused and
   * unexpired), sets the password, ends every session of its user and voids their other reset
   * links. A token that came by email also confirms that address. False when the token is not
   * valid (nothing changed).
   */
  async resetPassword(tokenHash: string, passwordHash: string, nowIso: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const token = await AuthTokensRepository.take(tx, tokenHash, 'password_reset', nowIso);
      if (!token) return false;
      await tx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', token.userId)
        .execute();
      if (token.email !== null) {
        await tx
          .updateTable('users')
          .set({ email_confirmed: 1 })
          .where('id', '=', token.userId)
          .where('email_key', '=', emailKey(token.email))
          .execute();
      }
      await tx.deleteFrom('sessions').where('user_id', '=', token.userId).execute();
      await AuthTokensRepository.deleteForUser(tx, token.userId, 'password_reset');
      return true;
    });
  }

  /**
   * Uses an email confirmation token: the address it was sent to becomes confirmed — the
   * current one, or the pending one, which then replaces it. 'invalid' for an unknown, used or
   * expired token or one for an address no longer current or pending; 'taken' when another
   * account has meanwhile taken the address. Nothing changes unless 'confirmed'.
   */
  async confirmEmail(tokenHash: string, nowIso: string): Promise<ConfirmResult> {
    try {
      return await this.db.transaction().execute(async (tx) => {
        const token = await AuthTokensRepository.take(tx, tokenHash, 'email_confirmation', nowIso);
        if (!token || token.email === null) return 'invalid';
        const user = await tx
          .selectFrom('users')
          .select(['email_key', 'pending_email'])
          .where('id', '=', token.userId)
          .executeTakeFirst();
        if (!user) return 'invalid';
        const key = emailKey(token.email);
        if (user.pending_email !== null && emailKey(user.pending_email) === key) {
          await tx
            .updateTable('users')
            .set({
              email: user.pending_email,
              email_key: key,
              email_confirmed: 1,
              pending_email: null,
            })
            .where('id', '=', token.userId)
            .execute();
          await AuthTokensRepository.deleteForUser(tx, token.userId, 'password_reset');
        } else if (user.email_key === key) {
          await tx
            .updateTable('users')
            .set({ email_confirmed: 1 })
            .where('id', '=', token.userId)
            .execute();
        } else {
          throw new StaleToken();
        }
        return 'confirmed';
      });
    } catch (error) {
      if (error instanceof StaleToken) return 'invalid';
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  /** For tests and set-up: marks a user's current address as confirmed. */
  async markEmailConfirmed(userId: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ email_confirmed: 1 })
      .where('id', '=', userId)
      .execute();
  }
}

/** Rolls back a confirmation whose token no longer matches the user's addresses. */
class StaleToken extends Error {}
