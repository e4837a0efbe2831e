import fs from 'node:fs';

/** Whether anything has been committed to the database since an earlier `read`. */
export interface ChangeStamp {
  /**
   * Two reads give the same string only if no transaction committed between them, by any
   * connection of any process; `null` when it cannot tell (every read then asks the database).
   */
  read(): string | null;
  close(): void;
}

/** For databases with no cheap way to tell: PostgreSQL, PGlite. */
export const noChangeStamp: ChangeStamp = { read: () => null, close: () => {} };

/** The WAL index header, twice: SQLite writes both copies on each commit, the second first. */
const HEADER_BYTES = 48;
/** The header's `isInit` byte: 1 once the index has been built from the WAL. */
const IS_INIT = 12;

/**
 * A SQLite database in WAL mode, told by its `-shm` file: the WAL index that every connection
 * of every process maps into memory and that each commit updates (SQLite's documented file
 * format, "the wal-index header": a change counter, the last valid frame and the WAL's salts).
 * One 96-byte read instead of a statement, which in SQLite takes and drops file locks
 * (`fcntl`) each time. Reading the copies while a commit writes them can give two that differ:
 * that is "cannot tell", never "unchanged". Processes must share the host, as WAL requires.
 */
export function walChangeStamp(databaseFile: string): ChangeStamp {
  const shm = `${databaseFile}-shm`;
  const header = Buffer.alloc(2 * HEADER_BYTES);
  let fd: number | null = null;
  return {
    read() {
      try {
        fd ??= fs.openSync(shm, 'r');
        if (fs.readSync(fd, header, 0, header.length, 0) !== header.length) return null;
      } catch {
        // Not made yet (nothing read or written so far): the reader asks the database.
        return null;
      }
      const first = header.subarray(0, HEADER_BYTES);
      if (first[IS_INIT] !== 1 || !first.equals(header.subarray(HEADER_BYTES))) return null;
      return first.toString('base64');
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}
