// A file counted as a head and segments (split-analysis.ts), the segments in any order, must
// give the report analyzeChat gives for the whole file, or fail with the same error.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeChat, type AnalyzeOptions } from '../../src/analyze.ts';
import type { AccumulatorPart } from '../../src/metrics/accumulator.ts';
import { analyzeHead, analyzeSegment, type RandomAccessBytes } from '../../src/split-analysis.ts';
import { outcome } from '../support/outcome.ts';
import { whatsappExport } from '../support/whatsapp-export.ts';

const dir = join(import.meta.dirname, '..', 'fixtures');

const memoryFile = (bytes: Uint8Array): RandomAccessBytes & { reads: number } => ({
  size: bytes.length,
  reads: 0,
  read(offset, length, into) {
    this.reads++;
    const part = bytes.subarray(offset, offset + length);
    if (into === undefined || into.length < part.length) return part.slice();
    // Into the caller's window, as the CLI reads: what was read before is overwritten.
    into.set(part);
    return into.subarray(0, part.length);
  },
});

/** The segments are counted last to first, as threads may finish them in any order. */
async function analyzeSplit(
  bytes: Uint8Array,
  options: AnalyzeOptions,
  chunkBytes: number,
): Promise<{ report: unknown; segments: number }> {
  const file = memoryFile(bytes);
  const head = await analyzeHead(file, options, chunkBytes);
  const plan = head.plan;
  if (plan === null) return { report: head.report([]), segments: 0 };
  const parts: AccumulatorPart[] = [];
  for (let i = plan.end - 1; i >= plan.first; i--) {
    // Through a structured clone, as a part crosses from a worker.
    parts[i - plan.first] = structuredClone(analyzeSegment(file, plan, i));
  }
  return { report: head.report(parts), segments: plan.end - plan.first };
}

async function expectSame(bytes: Uint8Array, options: AnalyzeOptions, chunkBytes: number) {
  const whole = await outcome(() => analyzeChat([bytes], options));
  let segments = 0;
  const split = await outcome(async () => {
    const r = await analyzeSplit(bytes, options, chunkBytes);
    segments = r.segments;
    return r.report;
  });
  expect(split).toEqual(whole);
  return segments;
}

const optionsArbitrary: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    dateOrder: fc.constantFrom('dmy', 'mdy', 'ymd'),
    silenceSeconds: fc.constantFrom(60, 3600, 6 * 3600),
  },
  { requiredKeys: [] },
);

describe('analyzeHead and analyzeSegment', () => {
  it('give the report of the whole file for generated exports cut into small segments', async () => {
    let split = 0;
    await fc.assert(
      fc.asyncProperty(
        whatsappExport({ minMessages: 420, maxMessages: 700 }),
        fc.integer({ min: 64, max: 4096 }),
        optionsArbitrary,
        async (bytes, chunk, options) => {
          if ((await expectSame(bytes, options, chunk)) > 1) split++;
        },
      ),
      { numRuns: 60 },
    );
    // Most of them were really split (some never settle their date order, and are read whole).
    expect(split).toBeGreaterThan(20);
    // Sixty generated exports of hundreds of messages: more than the default 5 s on a busy machine.
  }, 60_000);

  it('read small files and fixtures whole, as analyzeChat does', async () => {
    for (const file of readdirSync(dir).filter((f) => !f.endsWith('.expected.json'))) {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      expect(await expectSame(bytes, {}, 64)).toBe(0);
    }
  });

  it('decide the container from the first 64 KB alone, as analyzeChat does however it is fed', async () => {
    const line = (k: number) => `${13 + (k % 15)}/01/2024, 10:00 - Ana: hi ${k}\n`;
    const text = Array.from({ length: 4000 }, (_, k) => line(k)).join('');
    const bytes = new TextEncoder().encode(text);
    // A NUL byte past the first 64 KB, in a message's text.
    bytes[70_000] = 0;
    const whole = await analyzeChat([bytes], {});
    expect(whole).toMatchObject({ format: 'whatsapp' });
    expect((await analyzeSplit(bytes, {}, 4096)).report).toEqual(whole);
    bytes[1000] = 0;
    expect(await outcome(() => analyzeChat([bytes], {}))).toEqual({ error: 'binary' });
    expect(await outcome(() => analyzeSplit(bytes, {}, 4096).then((r) => r.report))).toEqual({
      error: 'binary',
    });
  });

  it('fail like analyzeChat on a line longer than any chat message', async () => {
    const head = Array.from(
      { length: 500 },
      (_, k) => `${String(13 + (k % 10)).padStart(2, '0')}/01/2024, 10:00 - Ana: hi ${k}\n`,
    ).join('');
    const bytes = new TextEncoder().encode(`${head}${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(await outcome(() => analyzeSplit(bytes, {}, 4096).then((r) => r.report))).toEqual({
      error: 'not_a_chat',
    });
  });

  it('read each segment with a bounded number of reads', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, k) => `${13 + (k % 15)}/01/2024, 10:${String(k % 60).padStart(2, '0')} - Ana: hi ${k}\n`,
    );
    const file = memoryFile(new TextEncoder().encode(lines.join('')));
    const head = await analyzeHead(file, {}, 8192);
    const plan = head.plan!;
    expect(plan.end - plan.first).toBeGreaterThan(5);
    for (let i = plan.first; i < plan.end; i++) {
      file.reads = 0;
      analyzeSegment(file, plan, i);
      expect(file.reads).toBeLessThanOrEqual(3);
    }
  });
});
