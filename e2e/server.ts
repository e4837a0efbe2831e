/**
 * Starts the real recipro server for the browser tests: `recipro serve --port 0` on a fresh,
 * empty data directory, which it serves together with the built web app (packages/web/dist).
 * Set RECIPRO_E2E_URL to run the tests against a server that is already running instead.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  /** Origin of the server, e.g. http://127.0.0.1:43123 */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages', 'cli', 'bin', 'recipro.js');
const WEB_INDEX = join(ROOT, 'packages', 'web', 'dist', 'index.html');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** The origin of the first http:// URL in `text`, if there is one. */
export function firstUrl(text: string): string | undefined {
  const match = /http:\/\/[^\s"'<>]+/.exec(text);
  if (!match) return undefined;
  try {
    return new URL(match[0]).origin;
  } catch {
    return undefined;
  }
}

/**
 * Settings that describe a deployment rather than this test server: an address, a cookie policy
 * or a web folder other than http://127.0.0.1:<port> serving packages/web/dist would break it.
 */
const DEPLOYMENT_SETTINGS = ['PORT', 'HOST', 'PUBLIC_URL', 'COOKIE_SECURE', 'WEB_DIR', 'DATA_DIR'];

function serverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of DEPLOYMENT_SETTINGS) delete env[name];
  return env;
}

/** `env` adds settings for this server only (e.g. PUSH_ALLOW_PRIVATE for the push tests). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const external = process.env.RECIPRO_E2E_URL;
  if (external) return { url: new URL(external).origin, stop: async () => {} };

  if (!existsSync(WEB_INDEX)) {
    throw new Error(`${WEB_INDEX} is missing: build the web app first (npm run build).`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'recipro-e2e-'));
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...serverEnv(), ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server printed no URL within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = firstUrl(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}
