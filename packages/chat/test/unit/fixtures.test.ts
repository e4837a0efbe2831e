// Every fixture under test/fixtures is an invented export with its expected result beside it
// (`name.expected.json`). Only the fields an expectation names are compared.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeChat, type ChatReport } from '../../src/index.ts';

const dir = join(import.meta.dirname, '..', 'fixtures');

interface Expected {
  format: string;
  messages: number;
  systemMessages: number;
  first: string;
  last: string;
  chatName?: string;
  dateOrder?: ChatReport['dateOrder'];
  weeks?: string[];
  startsBySilence?: Record<string, Record<string, number>>;
  participants: Record<string, Record<string, unknown>>;
}

/** Splits bytes into small chunks so multi-byte characters and lines straddle chunk ends. */
function* chunks(bytes: Uint8Array, size: number): Iterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const fixtures = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));

describe('fixtures', () => {
  it.each(fixtures)('%s matches its expected result', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8'),
    ) as Expected;
    for (const size of [bytes.length, 7]) {
      const report = await analyzeChat(chunks(bytes, size));
      expect({
        format: report.format,
        messages: report.messages,
        systemMessages: report.systemMessages,
        first: report.first,
        last: report.last,
      }).toEqual({
        format: expected.format,
        messages: expected.messages,
        systemMessages: expected.systemMessages,
        first: expected.first,
        last: expected.last,
      });
      if (expected.chatName !== undefined) expect(report.chatName).toBe(expected.chatName);
      if (expected.dateOrder) expect(report.dateOrder).toEqual(expected.dateOrder);
      if (expected.weeks) expect(report.weeks.map((w) => w.start)).toEqual(expected.weeks);
      const byName = Object.fromEntries(report.participants.map((p) => [p.name, p]));
      expect(Object.keys(byName).sort()).toEqual(Object.keys(expected.participants).sort());
      for (const [name, fields] of Object.entries(expected.participants)) {
        expect(byName[name], name).toMatchObject(fields);
      }
      for (const [name, starts] of Object.entries(expected.startsBySilence ?? {})) {
        expect(byName[name]?.conversationStartsBySilence, name).toEqual(starts);
      }
    }
  });

  it('a date-order hint overrides the guess for ambiguous dates', async () => {
    const bytes = readFileSync(join(dir, 'android-ambiguous-dates.txt'));
    const report = await analyzeChat([new Uint8Array(bytes)], { dateOrder: 'mdy' });
    expect(report.dateOrder).toEqual({ order: 'mdy', decidedBy: 'hint' });
    expect(report.first).toBe('2024-05-06T10:00:00');
  });
});
