// Mutated exports must either parse or fail with a ChatParseError; any other throw is a bug.
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ChatParseError } from './errors.ts';
import { analyzeChat } from './analyze.ts';
import { mutated } from '../test/support/bytes.ts';

const seeds = [
  '14/02/2024, 08:01 - Asha: Good morning?\n14/02/2024, 08:03 - Tom: <Media omitted>\nmore\n',
  '\ufeff[09.03.24, 21:58:10] Lena: Hallo\r\n\u200e[09.03.24, 22:01:45] Jonas: \u200eBild weggelassen\r\n',
  '[14:56:01, 3/18/22] Mai: hi\n[3/18/2565 BE, 14:56:01] x: y\n',
  '{"name":"R","type":"personal_chat","messages":[{"type":"message","date":"2024-05-01T09:10:00","from":"R","text":["a",{"type":"bold","text":"b"}]}]}',
  '{"participants":[{"name":"Zo\\u00c3\\u00ab"}],"messages":[{"sender_name":"M","timestamp_ms":1700000000000,"content":"x"}]}',
].map((s) => strToU8(s));

describe('fuzz', () => {
  it('mutated exports parse or fail with a ChatParseError only', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(seeds), fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
        const chunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        try {
          const report = await analyzeChat(chunks);
          expect(report.messages).toBeGreaterThanOrEqual(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ChatParseError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random text never throws anything but a ChatParseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        try {
          await analyzeChat([strToU8(text)]);
        } catch (error) {
          expect(error).toBeInstanceOf(ChatParseError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
