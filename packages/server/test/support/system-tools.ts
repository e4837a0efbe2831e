import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * For faults tests that need tools of the system (HAProxy, PostgreSQL's server binaries): with
 * any of `missing`, CI fails (it installs them all), and elsewhere the test is skipped with a
 * message naming what to install. True when the test can run.
 */
export function systemToolsFor(test: string, missing: readonly string[]): boolean {
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`CI needs ${missing.join(' and ')} for the ${test} test`);
  console.warn(`${test}: skipped, it needs ${missing.join(' and ')}.`);
  return false;
}

/** A TCP port on 127.0.0.1 that was free a moment ago, for a tool that takes a port number. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** PostgreSQL's tools and PgBouncer refuse to run as root: as root, they run as postgres. */
export const asRoot = process.getuid?.() === 0;
const RUNUSER = '/usr/sbin/runuser';

/** What is missing to run tools as the postgres user: runuser, when this is root. */
export const missingForPostgresUser = (): string[] =>
  asRoot && !fs.existsSync(RUNUSER) ? ['runuser (util-linux)'] : [];

/** `command` with `args`, to be run as the postgres user when this is root. */
export const asPostgresUser = (command: string, args: readonly string[]): [string, string[]] =>
  asRoot ? [RUNUSER, ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];

/** A new folder the postgres user may write in (when this is root), for those tools. */
export function folderForPostgres(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, -1);
  }
  return dir;
}
