#!/usr/bin/env -S npx tsx
// `npm run corpus`: runs the chat parser over the real-world samples in ../shared/chat-corpus/
// (kept outside the repository; see its SOURCES.md) and checks scripts/corpus-expectations.ts.
// Opt-in: when the folder is missing it says so and succeeds.
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeChat, analyzeMessages, isChatParseError, type ChatReport } from '@recipro/chat';
import { corpusExpectations, type CorpusExpectation } from './corpus-expectations.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'chat-corpus');

function check(report: ChatReport, want: CorpusExpectation): string[] {
  const problems: string[] = [];
  const same = (what: string, got: unknown, expected: unknown) => {
    if (expected !== undefined && JSON.stringify(got) !== JSON.stringify(expected)) {
      problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
  };
  same('format', report.format, want.format);
  same('messages', report.messages, want.messages);
  same('systemMessages', report.systemMessages, want.systemMessages);
  same('first', report.first, want.first);
  same('last', report.last, want.last);
  same(
    'participants',
    report.participants.map((p) => p.name).sort(),
    want.participants && [...want.participants].sort(),
  );
  return problems;
}

async function main(): Promise<number> {
  if (!existsSync(dir)) {
    console.log(`corpus: skipped, no samples at ${dir}`);
    return 0;
  }
  const files = readdirSync(dir)
    .filter((f) => !f.endsWith('.md'))
    .sort();
  let failed = 0;
  for (const file of files) {
    const want = corpusExpectations[file];
    let report: ChatReport;
    try {
      report = await analyzeChat(createReadStream(join(dir, file)));
    } catch (error) {
      failed++;
      console.log(
        `FAIL ${file}\n     ${isChatParseError(error) ? error.code : 'crash'}: ${String(error)}`,
      );
      continue;
    }
    const summary = `${report.format}, ${report.messages} messages + ${report.systemMessages} system, ${report.first} → ${report.last}, ${report.participants.length} people`;
    if (!want) {
      console.log(`?    ${file}\n     ${summary} (no expectation written yet)`);
      continue;
    }
    const problems = check(report, want);
    // analyzeChat reads WhatsApp exports from their bytes; the messages must tell the same.
    const reference = await analyzeMessages(createReadStream(join(dir, file)));
    if (JSON.stringify(reference) !== JSON.stringify(report)) {
      problems.push('the report differs from the one made from parseChat messages');
    }
    if (problems.length > 0) failed++;
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${file}\n     ${summary}  [${want.why}]`,
    );
    for (const p of problems) console.log(`     ✗ ${p}`);
  }
  for (const missing of Object.keys(corpusExpectations).filter((f) => !files.includes(f))) {
    console.log(`-    ${missing}: expected but not in the corpus folder`);
  }
  console.log(`\ncorpus: ${files.length - failed} of ${files.length} files as expected`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
