// Balance read for a circle with 1,000,000 acts against the same read for a circle with 1,000
// acts, both created by the demo code, served by the real server in this process (SQLite).
// Issue 3 asks for a ratio of at most 2×: the stored aggregates make a read independent of
// how many acts a circle has logged.
//
//   npm run bench:balance [-- --large 1000000 --small 1000 --requests 300]
import { parseArgs } from 'node:util';
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
    servers.push(await serveBenchCircle(circle));
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
} finally {
  for (const { recipro } of servers) await recipro.close();
  for (const circle of circles) removeBenchCircle(circle);
}
