/**
 * Whether an error means the database could not be reached or stopped answering — it is
 * restarting, the connection dropped, the disk is briefly unwritable — as opposed to a fault in
 * the request or in recipro. Such a request is answered 503 `unavailable` with a Retry-After,
 * and the next one, once the database is back, simply works: the pool makes new connections.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    if (unavailableItself(cause)) return true;
    cause = typeof cause === 'object' && 'cause' in cause ? cause.cause : undefined;
  }
  return false;
}

/** PostgreSQL's SQLSTATEs for a connection lost or refused, and for a server shutting down. */
const POSTGRES_STATES = new Set([
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
  '57P01', // admin_shutdown: "terminating connection due to administrator command"
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '25006', // read_only_sql_transaction: a standby not yet promoted
]);

/** Node's socket errors while reaching the server. */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The pg driver's own words for a connection that went away (it gives these no code). */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection is closed',
];

function unavailableItself(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code) {
    if (POSTGRES_STATES.has(code) || SOCKET_ERRORS.has(code)) return true;
    // SQLite: the file locked past the busy timeout, a failed read or write, a full or read-only
    // disk, a file that cannot be opened. Extended codes start with these names.
    if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN)/.test(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return DRIVER_MESSAGES.some((words) => message.includes(words));
}
