/**
 * Starts the real recipro server for the browser tests, listening on a free port over a fresh,
 * empty data directory and serving the built web app (packages/web/dist) — what
 * `recipro serve --port 0 --data DIR` starts, here in the test's own process: a process's start
 * costs about two seconds of CPU (loading, compiling the routes' schemas), the routes' compiled
 * schemas are kept between the servers one process starts, and `recipro serve` itself is tested
 * in the CLI tier. Set RECIPRO_E2E_URL to run the tests against a server already running.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, startRecipro } from '../packages/server/src/index.ts';

export interface RunningServer {
  /** Origin of the server, e.g. http://127.0.0.1:43123 */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_INDEX = join(ROOT, 'packages', 'web', 'dist', 'index.html');

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
  try {
    // As `recipro serve` reads its settings; its log goes nowhere, as a child's output did.
    const config = parseConfig(
      { ...serverEnv(), ...env },
      { port: 0, dataDir, logLevel: 'silent' },
    );
    const recipro = await startRecipro(config);
    const stop = async () => {
      await recipro.close();
      await rm(dataDir, { recursive: true, force: true });
    };
    return { url: new URL(recipro.url).origin, stop };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
