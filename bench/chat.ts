// `npm run bench:chat`: `recipro analyze --json` against whatsapp-chat-parser 4.0.2 and a bare
// read-and-split pass, on the same generated 1,000,000-message export, in one run. Prints
// ratios and peak RSS. Targets (issue 4): ≥ 6× faster than wcp, ≤ 3× the bare pass, ≤ 200 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateAndroidExport } from './chat-generate.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', '.out');
const count = Number(process.env['BENCH_MESSAGES'] ?? 1_000_000);
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const file = join(out, `whatsapp-${count}.txt`);

interface Sample {
  /** Wall-clock milliseconds of the whole process. */
  ms: number;
  /** CPU milliseconds (user + system) of the whole process. */
  cpuMs: number;
  rssMb: number;
}

function measure(args: string[]): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', join(root, 'bench', 'chat-rss.cjs'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, TZ: 'UTC' },
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /__peak_rss_kb=(\d+) __cpu_us=(\d+)/.exec(r.stderr);
  return { ms, cpuMs: m ? Number(m[2]) / 1000 : NaN, rssMb: m ? Number(m[1]) / 1024 : NaN };
}

const best = (samples: Sample[]): Sample => ({
  ms: Math.min(...samples.map((s) => s.ms)),
  cpuMs: Math.min(...samples.map((s) => s.cpuMs)),
  rssMb: Math.max(...samples.map((s) => s.rssMb)),
});

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  if (!existsSync(file)) {
    console.log(`generating ${count} messages → ${file}`);
    await generateAndroidExport(file, count);
  }
  const mb = statSync(file).size / 1024 / 1024;
  console.log(
    `input: ${count} messages, ${mb.toFixed(1)} MB; best of ${runs} runs, each in a fresh process`,
  );

  console.log('(wall-clock per process: a busy machine shifts the timings, the ratios less so)');

  const tsx = ['--import', 'tsx'];
  const contenders: Record<string, string[]> = {
    'bare split': [join(root, 'bench', 'chat-split-baseline.mjs'), file],
    'analyze command': [...tsx, join(root, 'bench', 'chat-analyze-command.ts'), file, '--json'],
    'recipro analyze': [
      join(root, 'packages', 'cli', 'bin', 'recipro.js'),
      'analyze',
      file,
      '--json',
    ],
    'one thread': [
      join(root, 'packages', 'cli', 'bin', 'recipro.js'),
      'analyze',
      file,
      '--json',
      '--threads',
      '1',
    ],
    'wcp parseString': [join(root, 'bench', 'chat-wcp-baseline.mjs'), file],
  };
  const results: Record<string, Sample> = {};
  for (const [name, args] of Object.entries(contenders)) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) samples.push(measure(args));
    results[name] = best(samples);
    const r = results[name];
    console.log(
      `${name.padEnd(16)} ${r.ms.toFixed(0).padStart(7)} ms wall ${r.cpuMs.toFixed(0).padStart(7)} ms CPU   peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB`,
    );
  }
  const wcp = results['wcp parseString']!;
  const bare = results['bare split']!;
  const line = (what: string, value: number, unit: string, target: string, met: boolean) =>
    console.log(
      `  ${what.padEnd(26)} ${value.toFixed(2).padStart(6)}${unit.padEnd(10)} target ${target.padEnd(9)} ${met ? 'met' : 'NOT met'}`,
    );
  for (const name of ['recipro analyze', 'one thread', 'analyze command']) {
    const ours = results[name]!;
    console.log('');
    console.log(`${name}:`);
    for (const [clock, key] of [
      ['wall', 'ms'],
      ['CPU', 'cpuMs'],
    ] as const) {
      const speedup = wcp[key] / ours[key];
      const overBare = ours[key] / bare[key];
      line(`faster than wcp (${clock})`, speedup, '×', '≥ 6×', speedup >= 6);
      line(`time of bare split (${clock})`, overBare, '×', '≤ 3×', overBare <= 3);
    }
    line('peak RSS', ours.rssMb, ' MB', '≤ 200 MB', ours.rssMb <= 200);
  }
  console.log('');
  console.log(
    '"recipro analyze" is the command a person runs: bin/recipro.js runs it from its cached bundle,',
  );
  console.log(
    'counting on one thread per core (up to 4); "one thread" is the same with --threads 1;',
  );
  console.log(
    '"analyze command" runs the same command module from source through tsx\'s loader. The',
  );
  console.log(
    'baselines are plain JavaScript run by node. Every row includes its process start-up.',
  );
}

await main();
