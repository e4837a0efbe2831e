import { randomFillSync, randomUUID } from 'node:crypto';
import {
  seasonEndLimit,
  FORMS_OF_CARE,
  aggregateActs,
  type ActFacts,
  type CareLanguage,
  type CircleAggregates,
  type CircleKind,
  type Effort,
  type SeasonKind,
} from '@recipro/core';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import { toIso } from '../clock.ts';
import type { Db, Dialect } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { ANALYTICS_OPTIONS } from '../services/analytics-options.ts';
import { rowsOf } from './aggregates.ts';
import { emailKey } from './users.ts';

/**
 * Writing a whole demo circle at once (`recipro demo`, and the benchmarks that need a circle
 * with a million acts). Unlike the request path, which writes one act and one aggregate delta
 * per transaction, this inserts many rows per statement and writes the stored aggregates once,
 * from a single from-scratch aggregation of every act.
 */

/**
 * The acts of a demo circle, column by column (a million acts as objects would cost hundreds of
 * megabytes; as typed arrays they take about 30 MB). Entry `i` of every column is act `i`.
 * Members are indexes into `DemoCircleInput.members`; times are epoch milliseconds.
 */
export interface DemoActColumns {
  readonly count: number;
  readonly at: Float64Array;
  readonly from: Uint8Array;
  readonly to: Uint8Array;
  /** Index into core's FORMS_OF_CARE. */
  readonly form: Uint8Array;
  /** 1 to 3. */
  readonly effort: Uint8Array;
  /** When the receiver marked it "I noticed"; NaN when they did not. */
  readonly noticedAt: Float64Array;
  /** Index into `DemoCircleInput.notes`; -1 for no note. */
  readonly note: Int16Array;
}

export interface DemoMemberInput {
  readonly name: string;
  readonly email: string;
  /** Stored only as an argon2id hash, like any password. */
  readonly password: string;
  /** Most valued first; empty for none. */
  readonly careLanguages: readonly CareLanguage[];
}

export interface DemoCircleInput {
  readonly name: string;
  readonly kind: CircleKind;
  /** When the circle was made and every member joined (epoch ms). */
  readonly createdAt: number;
  readonly members: readonly DemoMemberInput[];
  readonly notes: readonly string[];
  readonly acts: DemoActColumns;
  readonly seasons: readonly {
    readonly member: number;
    readonly kind: SeasonKind;
    readonly startsAt: number;
    readonly endsAt: number | null;
    readonly note: string | null;
  }[];
  readonly ruptures: readonly {
    readonly loggedBy: number;
    readonly occurredAt: number;
    readonly note: string | null;
    readonly repairStartedBy: number | null;
    readonly repairStartedAt: number | null;
    readonly repairedAt: number | null;
  }[];
}

export interface SeededDemoCircle {
  readonly circleId: string;
  readonly memberIds: readonly string[];
}

/** SQLite refuses statements with more bound parameters than this. */
const SQLITE_MAX_PARAMETERS = 32_766;
/** Acts per transaction: large enough to amortise the commit, small enough to keep the WAL small. */
const ACTS_PER_TRANSACTION = 200_000;

type Executor = Kysely<Database> | Transaction<Database>;
type Value = string | number | null;

/**
 * Creates the circle, its members (with accounts that can sign in), their care languages, the
 * acts and "I noticed" marks, seasons, ruptures and the stored aggregates. Acts go in batches
 * of large transactions; if anything fails, the partly written circle is deleted again.
 */
export async function seedDemoCircle(
  database: Pick<Db, 'db' | 'dialect'>,
  input: DemoCircleInput,
): Promise<SeededDemoCircle> {
  const { db, dialect } = database;
  const circleId = randomUUID();
  const memberIds = input.members.map(() => randomUUID());
  const userIds = input.members.map(() => randomUUID());
  const createdAt = toIso(input.createdAt);
  const hashes = await Promise.all(input.members.map((m) => hashPassword(m.password)));
  const insert = bulkInserter(dialect);

  await db.transaction().execute(async (tx) => {
    await insert(tx, 'users', USER_COLUMNS, input.members.length, (i) => {
      const m = input.members[i]!;
      return [userIds[i]!, m.email, emailKey(m.email), m.name, hashes[i]!, createdAt];
    });
    await tx
      .insertInto('circles')
      .values({ id: circleId, name: input.name, kind: input.kind, created_at: createdAt })
      .execute();
    await insert(tx, 'members', MEMBER_COLUMNS, input.members.length, (i) => [
      memberIds[i]!,
      circleId,
      userIds[i]!,
      input.members[i]!.name,
      createdAt,
    ]);
    const ranked = input.members.flatMap((m, i) =>
      m.careLanguages.length > 0 ? [{ userId: userIds[i]!, ranked: m.careLanguages }] : [],
    );
    await insert(
      tx,
      'user_care_languages',
      ['user_id', 'ranked', 'updated_at'],
      ranked.length,
      (i) => [ranked[i]!.userId, JSON.stringify(ranked[i]!.ranked), createdAt],
    );
    await insert(tx, 'seasons', SEASON_COLUMNS, input.seasons.length, (i) => {
      const s = input.seasons[i]!;
      return [
        randomUUID(),
        circleId,
        memberIds[s.member]!,
        s.kind,
        toIso(s.startsAt),
        // Every season has an end (at most 180 days), renewed by its member if it goes on.
        toIso(s.endsAt ?? seasonEndLimit(s.startsAt, s.startsAt)),
        s.note,
        memberIds[s.member]!,
        toIso(s.startsAt),
      ];
    });
    await insert(tx, 'ruptures', RUPTURE_COLUMNS, input.ruptures.length, (i) => {
      const r = input.ruptures[i]!;
      const iso = (t: number | null) => (t === null ? null : toIso(t));
      return [
        randomUUID(),
        circleId,
        memberIds[r.loggedBy]!,
        r.note,
        0,
        toIso(r.occurredAt),
        toIso(r.occurredAt),
        r.repairStartedBy === null ? null : memberIds[r.repairStartedBy]!,
        iso(r.repairStartedAt),
        iso(r.repairedAt),
      ];
    });
  });

  try {
    await insertActs(db, insert, circleId, memberIds, input);
    const aggregates = aggregateActs(factsOf(input.acts, memberIds), ANALYTICS_OPTIONS);
    await db.transaction().execute((tx) => insertAggregates(tx, dialect, circleId, aggregates));
  } catch (error) {
    // Leave no half-made circle behind: its rows all hang off the circle by cascading keys.
    await db.deleteFrom('circles').where('id', '=', circleId).execute();
    await db.deleteFrom('users').where('id', 'in', userIds).execute();
    throw error;
  }
  return { circleId, memberIds };
}

/**
 * Inserts a circle's aggregates as plain rows (no upsert): meant for a circle that has no stored
 * aggregates yet, such as a freshly seeded one.
 */
export async function insertAggregates(
  executor: Executor,
  dialect: Dialect,
  circleId: string,
  aggregates: CircleAggregates,
): Promise<void> {
  const { days, decay } = rowsOf(aggregates);
  const insert = bulkInserter(dialect);
  await insert(executor, 'act_day_totals', DAY_COLUMNS, days.length, (i) => {
    const r = days[i]!;
    return [circleId, r.from, r.to, r.day, r.form, r.acts, r.effort, r.noticed];
  });
  await insert(executor, 'act_decay_sums', DECAY_COLUMNS, decay.length, (i) => {
    const r = decay[i]!;
    return [
      circleId,
      r.from,
      r.to,
      r.block,
      r.form,
      r.count,
      r.noticedCount,
      r.acts,
      r.effort,
      r.noticed,
    ];
  });
}

async function insertActs(
  db: Kysely<Database>,
  insert: BulkInsert,
  circleId: string,
  memberIds: readonly string[],
  input: DemoCircleInput,
): Promise<void> {
  const { acts, notes } = input;
  const newId = timeOrderedIds();
  for (let start = 0; start < acts.count; start += ACTS_PER_TRANSACTION) {
    const end = Math.min(acts.count, start + ACTS_PER_TRANSACTION);
    // Ids for this batch only: an act's acknowledgement goes in the same transaction.
    const ids: string[] = [];
    for (let i = start; i < end; i++) ids.push(newId(acts.at[i]!));
    await db.transaction().execute(async (tx) => {
      await insert(tx, 'acts', ACT_COLUMNS, end - start, (k) => {
        const i = start + k;
        const at = toIso(acts.at[i]!);
        const note = acts.note[i]!;
        return [
          ids[k]!,
          circleId,
          memberIds[acts.from[i]!]!,
          memberIds[acts.to[i]!]!,
          FORMS_OF_CARE[acts.form[i]!]!,
          acts.effort[i]!,
          note < 0 ? null : notes[note]!,
          at,
          at,
        ];
      });
      const noticed: number[] = [];
      for (let i = start; i < end; i++) if (!Number.isNaN(acts.noticedAt[i]!)) noticed.push(i);
      await insert(tx, 'acknowledgements', ACK_COLUMNS, noticed.length, (k) => {
        const i = noticed[k]!;
        return [ids[i - start]!, circleId, memberIds[acts.to[i]!]!, toIso(acts.noticedAt[i]!)];
      });
    });
  }
}

/** The analytics' view of every act, made one at a time so a million need not sit in memory. */
function* factsOf(acts: DemoActColumns, memberIds: readonly string[]): Iterable<ActFacts> {
  for (let i = 0; i < acts.count; i++) {
    const noticedAt = acts.noticedAt[i]!;
    yield {
      fromMemberId: memberIds[acts.from[i]!]!,
      toMemberId: memberIds[acts.to[i]!]!,
      form: FORMS_OF_CARE[acts.form[i]!]!,
      effort: acts.effort[i]! as Effort,
      at: acts.at[i]!,
      noticedAt: Number.isNaN(noticedAt) ? null : noticedAt,
    };
  }
}

/** Two hex digits for every byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * A maker of UUIDs in the version 7 layout (RFC 9562): the act's time in milliseconds first,
 * then random bits. Acts are inserted in time order, so their keys arrive nearly sorted and the
 * index grows at its end instead of splitting pages all over. Random bytes are drawn in blocks:
 * one `randomBytes` call per id would cost seconds over a million acts.
 */
function timeOrderedIds(): (atMs: number) => string {
  const IDS_PER_BLOCK = 4096;
  const pool = Buffer.alloc(16 * IDS_PER_BLOCK);
  let used = IDS_PER_BLOCK;
  const bytes = new Uint8Array(16);
  return (atMs) => {
    if (used === IDS_PER_BLOCK) {
      randomFillSync(pool);
      used = 0;
    }
    pool.copy(bytes, 0, used * 16, used * 16 + 16);
    used++;
    let t = Math.max(0, Math.floor(atMs));
    for (let i = 5; i >= 0; i--) {
      bytes[i] = t % 256;
      t = Math.floor(t / 256);
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    let id = '';
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) id += '-';
      id += HEX[bytes[i]!]!;
    }
    return id;
  };
}

const USER_COLUMNS = ['id', 'email', 'email_key', 'name', 'password_hash', 'created_at'] as const;
const MEMBER_COLUMNS = ['id', 'circle_id', 'user_id', 'name', 'joined_at'] as const;
const SEASON_COLUMNS = [
  'id',
  'circle_id',
  'member_id',
  'kind',
  'starts_at',
  'ends_at',
  'note',
  'created_by_member_id',
  'created_at',
] as const;
const RUPTURE_COLUMNS = [
  'id',
  'circle_id',
  'logged_by_member_id',
  'note',
  'note_private',
  'occurred_at',
  'created_at',
  'repair_started_by_member_id',
  'repair_started_at',
  'repaired_at',
] as const;
const ACT_COLUMNS = [
  'id',
  'circle_id',
  'from_member_id',
  'to_member_id',
  'form',
  'effort',
  'note',
  'at',
  'created_at',
] as const;
const ACK_COLUMNS = ['act_id', 'circle_id', 'member_id', 'created_at'] as const;
const DAY_COLUMNS = [
  'circle_id',
  'from_member_id',
  'to_member_id',
  'day',
  'form',
  'acts',
  'effort',
  'noticed',
] as const;
const DECAY_COLUMNS = [
  'circle_id',
  'from_member_id',
  'to_member_id',
  'block',
  'form',
  'count',
  'noticed_count',
  'acts',
  'effort',
  'noticed',
] as const;

type BulkInsert = (
  executor: Executor,
  table: keyof Database,
  columns: readonly string[],
  count: number,
  row: (i: number) => Value[],
) => Promise<void>;

/**
 * Multi-row INSERTs of `count` rows, as many rows per statement as the parameter limit allows.
 * The statement text is built once per shape and sent as a compiled query: Kysely's builder
 * would make a syntax tree per value, which dominates the cost at a million rows. Table and
 * column names come only from the constants above, never from input.
 */
function bulkInserter(dialect: Dialect): BulkInsert {
  const texts = new Map<string, string>();
  const textOf = (table: string, columns: readonly string[], rows: number): string => {
    const key = `${table}:${rows}`;
    let text = texts.get(key);
    if (text === undefined) {
      let n = 0;
      const placeholder = dialect === 'postgres' ? () => `$${++n}` : () => '?';
      const tuples: string[] = [];
      for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(placeholder).join(', ')})`);
      text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}`;
      texts.set(key, text);
    }
    return text;
  };
  return async (executor, table, columns, count, row) => {
    const perStatement = Math.floor(SQLITE_MAX_PARAMETERS / columns.length);
    for (let start = 0; start < count; start += perStatement) {
      const rows = Math.min(perStatement, count - start);
      const parameters: Value[] = new Array<Value>(rows * columns.length);
      let p = 0;
      for (let k = 0; k < rows; k++) for (const value of row(start + k)) parameters[p++] = value;
      await executor.executeQuery(CompiledQuery.raw(textOf(table, columns, rows), parameters));
    }
  };
}

const quote = (name: string): string => `"${name}"`;
