// `recipro analyze` on a large WhatsApp export counts it on several threads: the report must be
// the one reading it in order on one thread gives, whatever the number of threads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'bin', 'recipro.js');

const analyze = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, 'analyze', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = ['Asha Rao', 'Dev', 'Priya 🌸', "Tom O'Neill", 'Coach: Mike'];
const words = ['sorry', 'thanks', 'milk', 'home', 'love', 'you', 'call?', 'danke', 'perdón', 'ok'];

/**
 * About `messages` messages of an Android export with what the segment ends must get right:
 * bodies over several lines, a line in a body that looks like a header but has an impossible
 * date, system lines, media, replies across long silences and clocks going back.
 */
function androidExport(messages: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const lines: string[] = [];
  let minutes = 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let k = 0; k < messages; k++) {
    const r = next();
    minutes += r < 0.02 ? 900 : r < 0.03 ? -20 : Math.floor(next() * 6);
    minutes = Math.max(0, minutes);
    const date = new Date(Date.UTC(2021, 0, 1) + minutes * 60_000);
    const header = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} - `;
    const kind = next();
    if (kind < 0.02) lines.push(`${header}${pick(people)} left`);
    else if (kind < 0.08) lines.push(`${header}${pick(people)}: <Media omitted>`);
    else {
      const text = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick(words));
      lines.push(`${header}${pick(people)}: ${text.join(' ')}`);
      if (next() < 0.1) lines.push(pick(words), '');
      if (next() < 0.01) lines.push('31/02/2021, 10:00 - Dev: quoted from a note');
    }
  }
  return lines.join('\n') + '\n';
}

let file: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'recipro-threads-'));
  file = join(dir, 'big.txt');
  writeFileSync(file, androidExport(120_000, 42)); // about 5 MB: ten segments and more
});

describe('recipro analyze on several threads', () => {
  it('gives the report of reading the file in order on one thread', () => {
    const one = analyze(file, '--json', '--threads', '1');
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const report = JSON.parse(one.stdout);
    expect(report.messages).toBeGreaterThan(100_000);
    expect(report.participants).toHaveLength(people.length);
    for (const threads of ['2', '3']) {
      const many = analyze(file, '--json', '--threads', threads);
      expect(many.code).toBe(0);
      expect(many.stdout).toBe(one.stdout);
    }
  });

  it('gives the same with another silence and a date-order hint', () => {
    const args = [file, '--json', '--silence', '30m', '--date-order', 'dmy'];
    const one = analyze(...args, '--threads', '1');
    expect(one.code).toBe(0);
    expect(analyze(...args, '--threads', '2').stdout).toBe(one.stdout);
  });

  it('refuses a bad thread count with a usage error', () => {
    const r = analyze(file, '--threads', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--threads needs a whole number');
  });
});
