import type BetterSqlite3 from 'better-sqlite3';
import {
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type CompiledQuery,
} from 'kysely';
import { SingleConnectionDriver } from './single-connection.ts';

/** How many distinct SQL texts keep their prepared statement. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely over better-sqlite3, like Kysely's own SqliteDialect but keeping prepared statements:
 * the SQL a repository sends is the same text each time, and preparing it again for every
 * query cost more than running it. The cache is bounded (least recently used goes first).
 * SQLite has one connection (see SingleConnectionDriver).
 */
export class SqliteDialect implements Dialect {
  constructor(private readonly database: BetterSqlite3.Database) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new SqliteDriver(this.database);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

class SqliteDriver extends SingleConnectionDriver {
  protected readonly connection: SqliteConnection;

  constructor(private readonly database: BetterSqlite3.Database) {
    super();
    this.connection = new SqliteConnection(database);
  }

  async init(): Promise<void> {}

  async destroy(): Promise<void> {
    this.database.close();
  }

  /**
   * SQLite rolls a transaction back by itself on some errors (a full disk, an I/O error); then
   * there is nothing left to roll back, and the error that did it is the one to report, not
   * "cannot rollback - no transaction is active".
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.database.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

class SqliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly database: BetterSqlite3.Database) {}

  private prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      // Most recently used goes to the end of the map's order.
      this.statements.delete(sql);
    } else {
      statement = this.database.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.statements.keys().next();
        if (!oldest.done) this.statements.delete(oldest.value);
      }
    }
    this.statements.set(sql, statement);
    return statement;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const statement = this.prepare(compiledQuery.sql);
      const parameters = compiledQuery.parameters as unknown[];
      if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
      const { changes, lastInsertRowid } = statement.run(parameters);
      return Promise.resolve({
        numAffectedRows: BigInt(changes),
        insertId: BigInt(lastInsertRowid),
        rows: [],
      });
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) {
      throw new Error('SQLite streams only the results of a select.');
    }
    // A statement being iterated cannot run anything else meanwhile: not from the cache.
    const statement = this.database.prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters as unknown[])) {
      yield { rows: [row as R] };
    }
  }
}
