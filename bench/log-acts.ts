// Logging acts of care through the API (POST /api/circles/:id/acts, SQLite with durable
// writes) against a Fastify hello-world route, both driven by autocannon in the same run with
// the same settings. Issue 3 asks for at least 0.4× the hello-world rate.
//
// The servers run in this process; autocannon runs as a child process so that generating load
// does not compete with the server for this event loop. Only 127.0.0.1 is ever contacted.
//
//   npm run bench:log-acts [-- --duration 10 --connections 50 --data-root /dev/shm]
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import { Act, CircleParams, LogActBody } from '../packages/server/src/http/schemas.ts';
import { cannon as run, describeRun as describe, startHelloWorld } from './support/cannon.ts';
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
const cannon = (url: string, seconds: string, extra: string[] = []) =>
  run(url, { seconds, connections: String(values.connections) }, extra);

// For scale, not a target: the same POST with recipro's schemas for the act (body, path,
// 201 answer) and no session, database or other work. No server that logs acts can beat it.
const { app: hello, url: helloUrl } = await startHelloWorld((hello) =>
  hello.post(
    '/circles/:circleId/acts',
    { schema: { params: CircleParams, body: LogActBody, response: { 201: Act } } },
    async (request, reply) => {
      const { circleId } = request.params as { circleId: string };
      const body = request.body as { toMemberId: string; form: string; effort?: number };
      const at = new Date().toISOString();
      // Typed by the schema, so that a field the act gains is not left out here (a 500).
      const act: Static<typeof Act> = {
        id: randomUUID(),
        circleId,
        fromMemberId: randomUUID(),
        toMemberId: body.toMemberId,
        form: body.form as Static<typeof Act>['form'],
        effort: (body.effort ?? 1) as Static<typeof Act>['effort'],
        note: null,
        at,
        createdAt: at,
        noticedAt: null,
        questionedAt: null,
        lateEntry: false,
      };
      return reply.status(201).send(act);
    },
  ),
);

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

  if (bare.non2xx > 0 || bare.errors > 0) {
    console.log('WARNING: the bare POST failed; its rate is not a rate of answers.');
  }
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
