// Balance read for a circle with 1,000,000 acts against the same read for a circle with 1,000
// acts, both created by the demo code, served by the real server in this process (SQLite).
// Issue 3 asks for a ratio of at most 2×: the stored aggregates make a read independent of
// how many acts a circle has logged.
//
// Then the read repeated while nothing changes (issue 16), driven by autocannon against a
// Fastify hello world in the same run: answered from memory (200), and with the ETag sent back
// (304). Target: the repeated read at 0.5× the hello-world rate or better.
//
//   npm run bench:balance [-- --large 1000000 --small 1000 --requests 300 --duration 10 --rounds 3]
import { parseArgs } from 'node:util';
import { cannon, describeRun, startHelloWorld } from './support/cannon.ts';
import {
  createBenchCircle,
  median,
  removeBenchCircle,
  serveBenchCircle,
  type BenchCircle,
} from './support/demo-circle.ts';

const { values } = parseArgs({
  options: {
    large: { type: 'string', default: '1000000' },
    small: { type: 'string', default: '1000' },
    // A middle size shows where the read stops growing: once every (pair, day, form) cell of the
    // days a read looks at holds some acts, more acts add no rows to read.
    middle: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    // Hello world and the repeated reads measured in turn this many times; the median ratio
    // counts (two cores are shared by the server and autocannon, so one pair of runs is noisy).
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
  },
});
const LARGE = Number(values.large);
const SMALL = Number(values.small);
const MIDDLE = Number(values.middle);
const SIZES = [SMALL, MIDDLE, LARGE];
const REQUESTS = Number(values.requests);
const WARMUP = Number(values.warmup);
const WINDOWS = ['30', 'decay'] as const;
const TARGET = 2;

const circles: BenchCircle[] = [];
const servers: Awaited<ReturnType<typeof serveBenchCircle>>[] = [];
try {
  for (const acts of SIZES) {
    const circle = await createBenchCircle({ acts });
    circles.push(circle);
    console.log(
      `created a couple with ${acts.toLocaleString('en')} acts over 365 days in ${(circle.seedMs / 1000).toFixed(1)} s`,
    );
    // Nothing kept in memory: each read below is computed, as the first read after a write is.
    servers.push(await serveBenchCircle(circle, { READ_CACHE_MB: '0' }));
  }

  /** Milliseconds for one balance read, checked for a 200 with the expected pairs. */
  const read = async (i: number, window: string): Promise<number> => {
    const { recipro, cookie } = servers[i]!;
    const started = performance.now();
    const reply = await fetch(
      `${recipro.url}/api/circles/${circles[i]!.circleId}/balance?window=${window}`,
      {
        headers: { cookie },
      },
    );
    const body = (await reply.json()) as { pairs?: unknown[] };
    const ms = performance.now() - started;
    if (reply.status !== 200 || body.pairs?.length !== 2)
      throw new Error(`balance read failed: ${reply.status} ${JSON.stringify(body).slice(0, 200)}`);
    return ms;
  };

  const label = (acts: number) => `${acts.toLocaleString('en')} acts`;
  let worst = 0;
  for (const window of WINDOWS) {
    for (let k = 0; k < WARMUP; k++) for (let i = 0; i < SIZES.length; i++) await read(i, window);
    // Interleaved, so every circle sees the same machine conditions.
    const times: number[][] = SIZES.map(() => []);
    for (let k = 0; k < REQUESTS; k++)
      for (let i = 0; i < SIZES.length; i++) times[i]!.push(await read(i, window));
    const medians = times.map(median);
    const ratio = medians[2]! / medians[0]!;
    worst = Math.max(worst, ratio);
    console.log(
      `window=${window.padEnd(5)}  median ` +
        SIZES.map((acts, i) => `${label(acts)}: ${medians[i]!.toFixed(2)} ms`).join('   ') +
        `\n  ratio ${label(LARGE)} / ${label(SMALL)}: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×);` +
        ` ${label(LARGE)} / ${label(MIDDLE)}: ${(medians[2]! / medians[1]!).toFixed(2)}×`,
    );
  }
  console.log(
    worst <= TARGET
      ? `PASS: worst ratio ${worst.toFixed(2)}×`
      : `MISS: worst ratio ${worst.toFixed(2)}×`,
  );
  const kept = await serveBenchCircle(circles[2]!);
  servers.push(kept);
  await repeatedReads(kept, circles[2]!, LARGE);
} finally {
  for (const { recipro } of servers) await recipro.close();
  for (const circle of circles) removeBenchCircle(circle);
}

/**
 * The same balance read again and again with nothing written meanwhile, as a dashboard open on
 * two phones would: from memory, and with If-None-Match (304), against hello world.
 */
async function repeatedReads(
  server: Awaited<ReturnType<typeof serveBenchCircle>>,
  circle: BenchCircle,
  acts: number,
): Promise<void> {
  const TARGET_REPEATED = 0.5;
  const rounds = Math.max(1, Number(values.rounds));
  const options = { seconds: String(values.duration), connections: String(values.connections) };
  const warm = { ...options, seconds: '2' };
  const url = `${server.recipro.url}/api/circles/${circle.circleId}/balance?window=30`;
  /** The read's ETag now (it names the minute, so it is asked again before each round). */
  const currentTag = async () => {
    const reply = await fetch(url, { headers: { cookie: server.cookie } });
    const etag = reply.headers.get('etag');
    if (reply.status !== 200 || !etag) throw new Error(`balance read failed: ${reply.status}`);
    return etag;
  };
  const asBefore = ['-H', `cookie=${server.cookie}`];

  const { app: hello, url: helloUrl } = await startHelloWorld();
  try {
    console.log(
      `\nrepeated reads of the ${acts.toLocaleString('en')}-act circle, autocannon: ` +
        `${options.connections} connections, ${options.seconds} s each (after 2 s warm-up), ` +
        `${rounds} rounds of hello world and the reads in turn`,
    );
    await cannon(`${helloUrl}/`, warm);
    await cannon(url, warm, asBefore);
    const ratios: number[] = [];
    const ratios304: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const unchanged = [...asBefore, '-H', `if-none-match=${await currentTag()}`];
      const baseline = await cannon(`${helloUrl}/`, options);
      console.log(describeRun(`${round}: Fastify hello world (GET /)`, baseline));
      const again = await cannon(url, options, asBefore);
      console.log(describeRun(`${round}: balance again, from memory (200)`, again));
      const notModified = await cannon(url, options, unchanged);
      console.log(describeRun(`${round}: balance with its ETag (304)`, notModified));
      if (again.non2xx > 0 || again.errors > 0 || notModified.errors > 0)
        console.log('WARNING: some reads failed; the rates above count only answers.');
      ratios.push(again.requests.average / baseline.requests.average);
      ratios304.push(notModified.requests.average / baseline.requests.average);
    }
    const ratio = median(ratios);
    const ratio304 = median(ratios304);
    console.log(
      `rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')} (200); ` +
        `${ratios304.map((r) => r.toFixed(3)).join(', ')} (304)`,
    );
    console.log(
      `repeated read ${ratio.toFixed(3)}× of hello world, with its ETag ${ratio304.toFixed(3)}× ` +
        `(medians; target ≥ ${TARGET_REPEATED}×): ${ratio >= TARGET_REPEATED ? 'PASS' : 'MISS'}`,
    );
  } finally {
    await hello.close();
  }
}
