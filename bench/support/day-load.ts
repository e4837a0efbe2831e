// The load of `npm run bench:capacity`, run as a child process so that generating it does not
// compete with the server for its event loop: people of many circles going about a day, at a
// fixed rate of requests per second (an open model: requests arrive on schedule whether or not
// earlier ones were answered, as people do). Prints per-route latencies as JSON.
//
//   node --import tsx bench/support/day-load.ts <plan.json>
import fs from 'node:fs';

export interface DayPlan {
  readonly url: string;
  readonly rate: number;
  readonly seconds: number;
  readonly people: readonly {
    readonly cookie: string;
    readonly circleId: string;
    /** The other member of their circle, whom their acts are for. */
    readonly partnerId: string;
  }[];
}

export interface RouteLatency {
  readonly route: string;
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
}

export interface DayResult {
  readonly sent: number;
  readonly seconds: number;
  readonly routes: readonly RouteLatency[];
  readonly all: RouteLatency;
}

type Person = DayPlan['people'][number];

/**
 * What one person does, by weight: mostly opening the home and the dashboard, then logging
 * care, noticing what they received, looking at a check-in and their updates.
 */
const DAY: readonly { route: string; weight: number; send: (url: string, p: Person) => Request }[] =
  [
    { route: 'GET /circles (home)', weight: 20, send: (u) => get(`${u}/api/circles`) },
    {
      route: 'GET …/balance (dashboard)',
      weight: 20,
      send: (u, p) => get(`${u}/api/circles/${p.circleId}/balance?window=30`),
    },
    {
      route: 'GET …/balance/series',
      weight: 5,
      send: (u, p) => get(`${u}/api/circles/${p.circleId}/balance/series`),
    },
    {
      route: 'GET …/acts (recent care)',
      weight: 15,
      send: (u, p) => get(`${u}/api/circles/${p.circleId}/acts?limit=20`),
    },
    {
      route: 'POST …/acts (log care)',
      weight: 15,
      send: (u, p) =>
        new Request(`${u}/api/circles/${p.circleId}/acts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ toMemberId: p.partnerId, form: 'practical', effort: 1 }),
        }),
    },
    {
      route: 'GET …/checkins',
      weight: 10,
      send: (u, p) => get(`${u}/api/circles/${p.circleId}/checkins`),
    },
    { route: 'GET /me/updates', weight: 10, send: (u) => get(`${u}/api/me/updates`) },
    { route: 'GET …/load', weight: 5, send: (u, p) => get(`${u}/api/circles/${p.circleId}/load`) },
  ];

function get(url: string): Request {
  return new Request(url);
}

const percentile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function summarise(route: string, times: number[], errors: number): RouteLatency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    route,
    count: times.length,
    errors,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

async function runDay(plan: DayPlan): Promise<DayResult> {
  const total = DAY.reduce((s, d) => s + d.weight, 0);
  const times = new Map<string, number[]>(DAY.map((d) => [d.route, []]));
  const errors = new Map<string, number>(DAY.map((d) => [d.route, 0]));
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const count = Math.round(plan.rate * plan.seconds);
  let seed = 12345;
  const random = () => {
    // A fixed sequence, so every run at a rate sends the same requests.
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < count; i += 1) {
    const due = started + (i * 1000) / plan.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const person = plan.people[Math.floor(random() * plan.people.length)]!;
    let pick = random() * total;
    const step = DAY.find((d) => (pick -= d.weight) < 0) ?? DAY[0]!;
    const request = step.send(plan.url, person);
    request.headers.set('cookie', person.cookie);
    const sent = performance.now();
    pending.push(
      fetch(request).then(
        async (reply) => {
          await reply.arrayBuffer();
          // Latency from when the request was due: waiting to be sent counts too.
          times.get(step.route)!.push(performance.now() - Math.min(sent, due));
          if (reply.status >= 400) errors.set(step.route, errors.get(step.route)! + 1);
        },
        () => {
          errors.set(step.route, errors.get(step.route)! + 1);
        },
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  const routes = DAY.map((d) => summarise(d.route, times.get(d.route)!, errors.get(d.route)!));
  const all = summarise(
    'all',
    [...times.values()].flat(),
    [...errors.values()].reduce((s, n) => s + n, 0),
  );
  return { sent: count, seconds, routes, all };
}

if (process.argv[2]) {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as DayPlan;
  process.stdout.write(JSON.stringify(await runDay(plan)));
}
