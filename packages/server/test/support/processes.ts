import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../../cli/bin/recipro.js');

/**
 * Real `recipro serve` processes for tests of what several processes share (one database).
 * `start` resolves with the address a process listens at; `stopAll` ends them and removes their
 * data folders.
 */
export function serverProcesses() {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  return {
    start: (env: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-proc-'));
        dirs.push(dataDir);
        const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], {
          env: { ...process.env, ...env },
        });
        children.push(child);
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += String(chunk);
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (match) resolve(match[0]);
        });
        child.stderr.on('data', (chunk) => (out += String(chunk)));
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      }),
    async stopAll(): Promise<void> {
      await Promise.all(children.map(stopChild));
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stops a child process with SIGTERM and waits for it to exit; at once if it has. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Stops every `recipro serve` process a test started that still runs. */
export async function stopServes(serves: readonly ServeProcess[]): Promise<void> {
  await Promise.all(serves.map((serve) => stopChild(serve.child)));
}

/** One `recipro serve` process a test may kill, and start again on the same data. */
export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves once the process has exited (with any code or signal). */
  readonly exited: Promise<void>;
}

/**
 * Starts `recipro serve` on `dataDir` (SQLite there unless `env` names another database), on
 * `port` (0: any free one).
 */
export function startServe(
  dataDir: string,
  env: Record<string, string>,
  port = 0,
): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const args = [BIN, 'serve', '--port', String(port), '--data', dataDir];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) resolve({ url: match[0], child, exited });
    });
    child.stderr.on('data', (chunk) => (out += String(chunk)));
    child.once('exit', (code, signal) =>
      reject(new Error(`serve exited (${code ?? signal}) before listening: ${out}`)),
    );
  });
}
