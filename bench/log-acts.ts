// Logging acts of care through the API (POST /api/circles/:id/acts, SQLite with durable
// writes) against a Fastify hello-world route, both driven by autocannon in the same run with
// the same settings. Issue 3 asks for at least 0.4× the hello-world rate.
//
// The servers run in this process; autocannon runs as a child process so that generating load
// does not compete with the server for this event loop. Only 127.0.0.1 is ever contacted.
//
//   npm run bench:log-acts [-- --duration 10 --connections 50 --data-root /dev/shm]
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs, promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Act, CircleParams, LogActBody } from '../packages/server/src/http/schemas.ts';
import { createBenchCircle, removeBenchCircle, serveBenchCircle } from './support/demo-circle.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '2' },
    // Where the SQLite file lives. Pointing it at a tmpfs (/dev/shm) measures the same code
    // without the cost of fsync: a diagnosis, not the benchmark (those writes are not durable).
    'data-root': { type: 'string' },
  },
});
const TARGET = 0.4;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs autocannon against `url` for `seconds`; refuses anything but 127.0.0.1. */
async function cannon(url: string, seconds: string, extra: string[] = []): Promise<Result> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${url}`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [AUTOCANNON, '-j', '-c', String(values.connections), '-d', seconds, ...extra, url],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Result;
}

const describe = (name: string, r: Result): string =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   ` +
  `p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms   ${r.requests.total} requests, ` +
  `${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;

const hello = Fastify({ logger: false });
hello.get('/', async () => ({ hello: 'world' }));
// For scale, not a target: the same POST with recipro's schemas for the act (body, path,
// 201 answer) and no session, database or other work. No server that logs acts can beat it.
hello.post(
  '/circles/:circleId/acts',
  { schema: { params: CircleParams, body: LogActBody, response: { 201: Act } } },
  async (request, reply) => {
    const { circleId } = request.params as { circleId: string };
    const body = request.body as { toMemberId: string; form: string; effort?: number };
    const at = new Date().toISOString();
    return reply.status(201).send({
      id: randomUUID(),
      circleId,
      fromMemberId: randomUUID(),
      toMemberId: body.toMemberId,
      form: body.form,
      effort: body.effort ?? 1,
      note: null,
      at,
      createdAt: at,
      noticedAt: null,
    });
  },
);
const helloUrl = await hello.listen({ host: '127.0.0.1', port: 0 });

const circle = await createBenchCircle({ acts: 1000, root: values['data-root'] });
const { recipro, cookie } = await serveBenchCircle(circle);
try {
  const to = circle.members[1]!.memberId;
  const actsUrl = `${recipro.url}/api/circles/${circle.circleId}/acts`;
  // No Origin header: the CSRF defence only refuses a mismatched one.
  const logArgs = [
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-H',
    `cookie=${cookie}`,
    '-b',
    JSON.stringify({ toMemberId: to, form: 'practical', effort: 1 }),
  ];

  console.log(`SQLite file: ${circle.dir}/recipro.sqlite (synchronous = FULL)`);
  console.log(
    `autocannon: ${values.connections} connections, ${values.duration} s each (after ${values.warmup} s warm-up)`,
  );
  await cannon(`${helloUrl}/`, String(values.warmup));
  const baseline = await cannon(`${helloUrl}/`, String(values.duration));
  console.log(describe('Fastify hello world (GET /)', baseline));

  const bareUrl = `${helloUrl}/circles/${circle.circleId}/acts`;
  await cannon(bareUrl, String(values.warmup), logArgs);
  const bare = await cannon(bareUrl, String(values.duration), logArgs);
  console.log(describe('same POST, schemas only, no work', bare));

  await cannon(actsUrl, String(values.warmup), logArgs);
  const logging = await cannon(actsUrl, String(values.duration), logArgs);
  console.log(describe('recipro log act (POST …/acts)', logging));

  if (logging.non2xx > 0 || logging.errors > 0) {
    console.log('WARNING: some act requests failed; the rate above counts only answers.');
  }
  const ratio = logging.requests.average / baseline.requests.average;
  console.log(
    `for scale: the bare POST alone reaches ${(bare.requests.average / baseline.requests.average).toFixed(3)}× of hello world; ` +
      `logging an act reaches ${(logging.requests.average / bare.requests.average).toFixed(3)}× of the bare POST`,
  );
  console.log(
    `ratio ${ratio.toFixed(3)}× (target ≥ ${TARGET}×): ${ratio >= TARGET ? 'PASS' : 'MISS'}`,
  );
} finally {
  await recipro.close();
  await hello.close();
  removeBenchCircle(circle);
}
