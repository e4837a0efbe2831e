import type { Locale } from '@recipro/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { toLocale, type UserRecord } from './users.ts';

export interface NotificationSettings {
  readonly email: boolean;
  readonly push: boolean;
  readonly quietHours: { from: string; to: string } | null;
  readonly timezone: string;
  readonly unsubscribeToken: string;
  readonly calendarToken: string | null;
}

/** Someone the server writes to: who they are, their language, and their reminder settings. */
export interface Recipient {
  readonly user: Pick<UserRecord, 'id' | 'email' | 'name' | 'locale'>;
  /** null while the person has never had settings (whoever writes to them chooses defaults). */
  readonly settings: NotificationSettings | null;
}

/** Each person's reminder channels, quiet hours and time zone, and their secret tokens. */
export class NotificationSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The user's settings, created with the given defaults on first use. */
  async getOrCreate(
    userId: string,
    defaults: NotificationSettings,
    at: string,
  ): Promise<NotificationSettings> {
    await this.db
      .insertInto('notification_settings')
      .values({
        user_id: userId,
        email: defaults.email ? 1 : 0,
        push: defaults.push ? 1 : 0,
        quiet_from: defaults.quietHours?.from ?? null,
        quiet_to: defaults.quietHours?.to ?? null,
        timezone: defaults.timezone,
        unsubscribe_token: defaults.unsubscribeToken,
        calendar_token: defaults.calendarToken,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    const settings = await this.find(userId);
    if (!settings) throw new Error('notification settings vanished');
    return settings;
  }

  async find(userId: string): Promise<NotificationSettings | undefined> {
    const row = await this.db
      .selectFrom('notification_settings')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        email: Number(row.email) === 1,
        push: Number(row.push) === 1,
        quietHours:
          row.quiet_from !== null && row.quiet_to !== null
            ? { from: row.quiet_from, to: row.quiet_to }
            : null,
        timezone: row.timezone,
        unsubscribeToken: row.unsubscribe_token,
        calendarToken: row.calendar_token,
      }
    );
  }

  async update(
    userId: string,
    changes: {
      email: boolean;
      push: boolean;
      quietHours: { from: string; to: string } | null;
      timezone: string;
    },
    at: string,
  ): Promise<void> {
    await this.db
      .updateTable('notification_settings')
      .set({
        email: changes.email ? 1 : 0,
        push: changes.push ? 1 : 0,
        quiet_from: changes.quietHours?.from ?? null,
        quiet_to: changes.quietHours?.to ?? null,
        timezone: changes.timezone,
        updated_at: at,
      })
      .where('user_id', '=', userId)
      .execute();
  }

  async setCalendarToken(userId: string, token: string | null, at: string): Promise<void> {
    await this.db
      .updateTable('notification_settings')
      .set({ calendar_token: token, updated_at: at })
      .where('user_id', '=', userId)
      .execute();
  }

  /** The user of a calendar token and their language, or undefined (revoked or unknown). */
  async userByCalendarToken(
    token: string,
  ): Promise<{ userId: string; locale: Locale | null } | undefined> {
    const row = await this.db
      .selectFrom('notification_settings as s')
      .innerJoin('users', 'users.id', 's.user_id')
      .select(['s.user_id', 'users.locale'])
      .where('s.calendar_token', '=', token)
      .executeTakeFirst();
    return row && { userId: row.user_id, locale: toLocale(row.locale) };
  }

  /** The language of the person an unsubscribe token belongs to (null: not chosen, or unknown). */
  async localeByUnsubscribeToken(token: string): Promise<Locale | null> {
    const row = await this.db
      .selectFrom('notification_settings as s')
      .innerJoin('users', 'users.id', 's.user_id')
      .select('users.locale')
      .where('s.unsubscribe_token', '=', token)
      .executeTakeFirst();
    return toLocale(row?.locale ?? null);
  }

  /** One-click unsubscribe from email: true when the token was known. */
  async unsubscribeEmail(token: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('notification_settings')
      .set({ email: 0, updated_at: at })
      .where('unsubscribe_token', '=', token)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * The people the scheduler writes to: address, name and language, with their settings (null
   * for someone who never had any). A user id that is no account is left out.
   */
  async recipients(userIds: readonly string[]): Promise<Map<string, Recipient>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .leftJoin('notification_settings as s', 's.user_id', 'users.id')
      .select([
        'users.id',
        'users.email as address',
        'users.name',
        'users.locale',
        's.email',
        's.push',
        's.quiet_from',
        's.quiet_to',
        's.timezone',
        's.unsubscribe_token',
        's.calendar_token',
      ])
      .where('users.id', 'in', [...userIds])
      .execute();
    return new Map(
      rows.map((r) => [
        r.id,
        {
          user: { id: r.id, email: r.address, name: r.name, locale: toLocale(r.locale) },
          settings:
            r.timezone === null
              ? null
              : {
                  email: Number(r.email) === 1,
                  push: Number(r.push) === 1,
                  quietHours:
                    r.quiet_from !== null && r.quiet_to !== null
                      ? { from: r.quiet_from, to: r.quiet_to }
                      : null,
                  timezone: r.timezone,
                  unsubscribeToken: r.unsubscribe_token as string,
                  calendarToken: r.calendar_token,
                },
        },
      ]),
    );
  }
}
