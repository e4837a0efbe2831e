import fs from 'node:fs';
import path from 'node:path';
import { migrations } from './migrations/index.ts';

/** A backup or restore that cannot be done, said in words for the person running it. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** What a finished backup or restore holds. */
export interface BackupSummary {
  readonly file: string;
  readonly bytes: number;
  /** Migrations applied in it (this build knows `known`). */
  readonly migrations: number;
  readonly known: number;
}

/**
 * Copies a live SQLite database to `target` with SQLite's online backup API: a consistent
 * snapshot taken page by page while the server keeps reading and writing (WAL mode), never a
 * half-written file. The copy is made beside the target and renamed into place once checked.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupSummary> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (fs.existsSync(target)) {
    throw new BackupError(`${target} already exists; choose a new file name.`);
  }
  const { default: SQLite } = await import('better-sqlite3');
  const partial = `${target}.partial`;
  const live = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(partial);
  } finally {
    live.close();
  }
  try {
    const summary = await checkSqlite(partial, target);
    fs.renameSync(partial, target);
    return summary;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Restores a backup into an empty data folder as its database (`recipro.sqlite`). Refuses a
 * folder that already has one, a file that is not an intact recipro database, and one written
 * by a newer recipro. `recipro serve` then migrates it to this build's newest schema.
 */
export async function restoreSqlite(backup: string, target: string): Promise<BackupSummary> {
  if (!fs.existsSync(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  if (fs.existsSync(target)) {
    throw new BackupError(
      `${path.dirname(target)} already holds a database; restore into an empty folder.`,
    );
  }
  const summary = await checkSqlite(backup, target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.copyFileSync(backup, partial);
  fs.renameSync(partial, target);
  return summary;
}

/** Checks that `file` is an intact recipro database this build can serve. */
async function checkSqlite(file: string, reportedAs: string): Promise<BackupSummary> {
  const { default: SQLite } = await import('better-sqlite3');
  let database;
  try {
    database = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`${reportedAs} could not be opened as an SQLite database.`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = database.pragma('integrity_check', { simple: true });
    } catch {
      throw new BackupError(`${reportedAs} is not an SQLite database.`);
    }
    if (integrity !== 'ok')
      throw new BackupError(`${reportedAs} is damaged: ${String(integrity)}.`);
    const hasMigrations = database
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!hasMigrations) throw new BackupError(`${reportedAs} is not a recipro database.`);
    const applied = (
      database.prepare('select name from kysely_migration').all() as { name: string }[]
    ).map((row) => row.name);
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0) {
      throw new BackupError(
        `${reportedAs} was written by a newer recipro (it has ${unknown.join(', ')}); upgrade recipro first.`,
      );
    }
    return {
      file: reportedAs,
      bytes: fs.statSync(file).size,
      migrations: applied.length,
      known: Object.keys(migrations).length,
    };
  } finally {
    database.close();
  }
}
