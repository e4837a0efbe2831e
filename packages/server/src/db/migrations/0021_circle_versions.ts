import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * `circles.version`: a number every write to a circle moves, in the write's own transaction, so
 * a read keyed by it (balance, series, summary, load, review) can be answered again from memory
 * or with 304 while nothing changed — correctly across processes, because the number lives in
 * the database.
 *
 * Triggers move it rather than the repositories: every write path, present and future, is
 * covered without anyone remembering to. They fire on every table that carries `circle_id`
 * except the two that no read keyed by the version depends on and that change often on their
 * own, `updates` (notices, marked as delivered by the delivery worker) and `reminders` (the
 * scheduler's outbox), and the stored sums of acts, which change only with the acts. A person's
 * care languages belong to no circle but change the balance in each of theirs, so they move
 * every circle the person is a member of. A change to the circle's own row (its name, kind or
 * keeper) moves it too. A table added later gets its triggers in its own migration, and joins
 * the lists the storage test (circle-versions.test.ts) holds the database to.
 */
export const VERSIONED_TABLES = [
  'members',
  'invitations',
  'join_requests',
  'acts',
  'acknowledgements',
  'checkins',
  'checkin_answers',
  'checkin_schedules',
  'reflections',
  'needs',
  'need_thanks',
  'ruptures',
  'rupture_repairs',
  'repair_guide_answers',
  'seasons',
  'responsibilities',
  'handovers',
  'load_views',
  'rituals',
  'ritual_completions',
  'chat_summaries',
  'circle_questions',
  'question_answers',
] as const;

/** Tables with `circle_id` whose writes leave the version where it is (see above). */
export const UNVERSIONED_TABLES = ['updates', 'reminders'] as const;

/**
 * Sums of acts, written only in the transaction of a write to `acts` or `acknowledgements` —
 * which moves the version itself — so a trigger here would only move it again, two or three
 * times per act logged.
 */
export const DERIVED_TABLES = ['act_day_totals', 'act_decay_sums'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('circles')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const bump = (id: string) => `update circles set version = version + 1 where id = ${id};`;
  for (const table of VERSIONED_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_version_insert after insert on ${table}
         begin ${bump('new.circle_id')} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_version_update after update on ${table}
         begin update circles set version = version + 1
           where id in (old.circle_id, new.circle_id); end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_version_delete after delete on ${table}
         begin ${bump('old.circle_id')} end`,
      )
      .execute(db);
  }
  // A person's care languages: every circle they are a member of.
  for (const [event, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const) {
    await sql
      .raw(
        `create trigger user_care_languages_version_${event} after ${event} on user_care_languages
         begin update circles set version = version + 1
           where id in (select circle_id from members where user_id = ${row}.user_id); end`,
      )
      .execute(db);
  }
  // The circle's own row: any change but the version's own (recursive triggers are off).
  await sql
    .raw(
      `create trigger circles_version_update after update on circles
       when new.version = old.version
       begin ${bump('new.id')} end`,
    )
    .execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql`
    create function recipro_circle_version() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then
        update circles set version = version + 1 where id = old.circle_id;
      end if;
      if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.circle_id is distinct from old.circle_id) then
        update circles set version = version + 1 where id = new.circle_id;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of VERSIONED_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_version after insert or update or delete on ${table}
         for each row execute function recipro_circle_version()`,
      )
      .execute(db);
  }
  await sql`
    create function recipro_person_circles_version() returns trigger language plpgsql as $$
    begin
      update circles set version = version + 1 where id in (
        select circle_id from members
        where user_id = (case when tg_op = 'DELETE' then old.user_id else new.user_id end));
      return null;
    end $$`.execute(db);
  await sql`
    create trigger user_care_languages_version after insert or update or delete
    on user_care_languages for each row execute function recipro_person_circles_version()`.execute(
    db,
  );
  await sql`
    create function recipro_circle_own_version() returns trigger language plpgsql as $$
    begin
      new.version := old.version + 1;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger circles_version before update on circles
    for each row when (new.version = old.version)
    execute function recipro_circle_own_version()`.execute(db);
}
