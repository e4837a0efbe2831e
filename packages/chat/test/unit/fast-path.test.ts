// analyzeChat counts WhatsApp exports straight from their bytes (whatsapp/byte-parser.ts).
// analyzeMessages makes every message in the common model (parseChat) and counts those. The
// two must give the same report, or fail with the same error, for every input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeChat, analyzeMessages, type AnalyzeOptions } from '../../src/analyze.ts';
import { cut, mutated } from '../support/bytes.ts';
import { outcome } from '../support/outcome.ts';
import { whatsappExport } from '../support/whatsapp-export.ts';

const dir = join(import.meta.dirname, '..', 'fixtures');

async function expectSame(chunks: Uint8Array[], options: AnalyzeOptions = {}): Promise<unknown> {
  const general = await outcome(() => analyzeMessages(chunks, options));
  const fast = await outcome(() => analyzeChat(chunks, options));
  expect(fast).toEqual(general);
  return general;
}

const optionsArbitrary: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    dateOrder: fc.constantFrom('dmy', 'mdy', 'ymd'),
    silenceSeconds: fc.constantFrom(60, 3600, 6 * 3600),
  },
  { requiredKeys: [] },
);

describe('analyzeChat counting from bytes', () => {
  const fixtures = readdirSync(dir).filter(
    (f) => f.endsWith('.txt') && !f.endsWith('.expected.json'),
  );

  it.each(fixtures)('gives the report of the messages for %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    for (const options of [{}, { dateOrder: 'dmy' }, { dateOrder: 'mdy' }] as const) {
      const report = await expectSame([bytes], options);
      expect(report).toHaveProperty('format', 'whatsapp');
      await expectSame(
        cut(
          bytes,
          Array.from({ length: 40 }, (_, k) => k * 7),
        ),
        options,
      );
    }
    await expectSame([zipSync({ '_chat.txt': bytes })]);
  });

  it('gives the report of the messages for generated exports, however they are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        whatsappExport({ minMessages: 1, maxMessages: 60 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        optionsArbitrary,
        async (bytes, cuts, options) => {
          await expectSame(cut(bytes, cuts), options);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does so past the sample of the first 400 lines and the first 64 KB', async () => {
    await fc.assert(
      fc.asyncProperty(
        whatsappExport({ minMessages: 2600, maxMessages: 3000, brokenAfter: 70_000 }),
        fc.boolean(),
        async (bytes, zipped) => {
          // Chunks of 16 KB, as a file is read: only the first 64 KB are checked for UTF-8.
          const chunks = (b: Uint8Array) =>
            cut(
              b,
              Array.from({ length: 20 }, (_, k) => k << 14),
            );
          const file = zipped ? zipSync({ 'chat.txt': bytes }) : bytes;
          const report = await expectSame(chunks(file));
          expect(report).not.toHaveProperty('error');
        },
      ),
      { numRuns: 10 },
    );
  });

  it('fails where the messages fail, with the same error', async () => {
    const seeds = [
      '14/02/2024, 08:01 - Asha: Good morning?\n14/02/2024, 08:03 - Tom: <Media omitted>\nmore\n',
      '\ufeff[09.03.24, 21:58:10] Lena: Hallo\r\n\u200e[09.03.24, 22:01:45] Jonas: \u200eBild weggelassen\r\n',
      '[14:56:01, 3/18/22] Mai: hi\n[3/18/2565 BE, 14:56:01] x: y\n',
      '1/29/18, 12:24\u202fPM - Bob: sorry? www.x.org?\n1/29/18, 1:24\u202fPM - Ann: \u200eimage omitted\n',
    ].map((s) => strToU8(s));
    await fc.assert(
      fc.asyncProperty(mutated(seeds), fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        await expectSame(
          cut(
            bytes,
            Array.from({ length: 100 }, (_, k) => (k + 1) * size),
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('generates exports that are mostly read as chats', async () => {
    const samples = fc.sample(whatsappExport({ minMessages: 5, maxMessages: 30 }), 60);
    let read = 0;
    for (const bytes of samples) {
      const report = await outcome(() => analyzeMessages([bytes], {}));
      if (!(report as { error?: string }).error && (report as { messages: number }).messages > 0)
        read++;
    }
    expect(read).toBeGreaterThan(45);
  });
});
