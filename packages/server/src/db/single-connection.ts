import { CompiledQuery, type DatabaseConnection, type Driver } from 'kysely';

/**
 * What Kysely drivers of single-connection databases (SQLite, PGlite) share: the one connection
 * goes to one Kysely connection (and so one transaction) at a time, in the order asked for, and
 * transactions are plain BEGIN / COMMIT / ROLLBACK.
 */
export abstract class SingleConnectionDriver implements Driver {
  protected abstract readonly connection: DatabaseConnection;
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  abstract init(): Promise<void>;
  abstract destroy(): Promise<void>;

  acquireConnection(): Promise<DatabaseConnection> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve(this.connection);
    }
    return new Promise((resolve) => this.waiting.push(() => resolve(this.connection)));
  }

  releaseConnection(): Promise<void> {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
    return Promise.resolve();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}
