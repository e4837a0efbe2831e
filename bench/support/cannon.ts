// autocannon as a child process, so that generating load does not compete with the server under
// test for its event loop. Only 127.0.0.1 is ever contacted.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

export interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers by status class, e.g. { '2xx': 100, '3xx': 5 }. */
  statusCodeStats?: Record<string, { count: number }>;
}

/**
 * Runs autocannon against `url` for `seconds` with `connections` connections; `extra` adds
 * autocannon's own arguments (method, headers, body). Refuses anything but 127.0.0.1.
 */
export async function cannon(
  url: string,
  options: { seconds: string; connections: string },
  extra: string[] = [],
): Promise<CannonResult> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${url}`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [AUTOCANNON, '-j', '-c', options.connections, '-d', options.seconds, ...extra, url],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as CannonResult;
}

/** One line for one run: rate, latency and what went wrong. */
export const describeRun = (name: string, r: CannonResult): string =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   ` +
  `p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms   ${r.requests.total} requests, ` +
  `${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;

/**
 * The baseline every rate is set against: Fastify's hello world, GET / on 127.0.0.1. `more` adds
 * routes of the same bare kind before it listens.
 */
export async function startHelloWorld(
  more: (app: FastifyInstance) => void = () => {},
): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  more(app);
  return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
}
