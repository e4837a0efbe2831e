import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface UserWithPassword extends UserRecord {
  readonly passwordHash: string;
}

/** Trimmed and lower-cased email: what makes two addresses the same account. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates a user; returns null when the email is already taken. */
  async create(user: UserWithPassword): Promise<UserRecord | null> {
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
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt };
  }

  async findByEmail(email: string): Promise<UserWithPassword | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email_key', '=', emailKey(email))
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        email: row.email,
        name: row.name,
        createdAt: row.created_at,
        passwordHash: row.password_hash,
      }
    );
  }
}
