import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { analyzeChat, isChatParseError, ChatParseError, type ChatReport } from '@recipro/chat';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command.ts';
import { DEFAULT_MAX_MB, parseAnalyzeArgs } from './analyze-args.ts';
import { progressBar } from './analyze-progress.ts';
import { analyzeOnThreads } from './analyze-threads.ts';
import { renderTextReport } from './analyze-text.ts';

/** Files above this size get a progress bar on stderr (when stderr is a terminal). */
const PROGRESS_FROM_BYTES = 20 * 1024 * 1024;
/** More threads than this gain little on a chat-sized file, and each costs a worker start-up. */
const MAX_DEFAULT_THREADS = 4;

const usage = `Usage: recipro analyze <file> [--json] [--silence 6h] [--date-order dmy|mdy|ymd] [--max-size ${DEFAULT_MAX_MB}] [--threads n]

Reads a chat export on this computer (WhatsApp .txt or .zip, Telegram Desktop JSON,
Messenger message_N.json) and shows who writes, asks, starts conversations, replies,
apologises and thanks. Nothing leaves the machine.

  --json            print the report as JSON
  --silence <d>     silence that starts a new conversation (30m, 6h, 1d; default 6h)
  --date-order <o>  how to read WhatsApp dates when they fit more than one order
  --max-size <MB>   refuse larger files (default ${DEFAULT_MAX_MB})
  --threads <n>     count a large WhatsApp export on n threads (default: one per core, up to ${MAX_DEFAULT_THREADS})`;

const fail = (message: string, code: number): number => {
  console.error(`recipro analyze: ${message}`);
  return code;
};

/** `recipro analyze`: chat export in, communication-reciprocity report out. */
export const analyzeCommand: Command = {
  name: 'analyze',
  usage,
  async run(argv) {
    const args = parseAnalyzeArgs(argv);
    if (typeof args === 'string') return fail(args, EXIT_USAGE);
    let size: number;
    try {
      const info = await stat(args.file);
      if (!info.isFile()) return fail(`${args.file} is not a file.`, EXIT_USAGE);
      size = info.size;
    } catch {
      return fail(`cannot read ${args.file}.`, EXIT_USAGE);
    }
    if (size > args.maxBytes) return fail(new ChatParseError('too_large').message, EXIT_USAGE);
    const progress =
      size > PROGRESS_FROM_BYTES && process.stderr.isTTY ? progressBar(size) : undefined;
    const options = {
      silenceSeconds: args.silenceSeconds,
      dateOrder: args.dateOrder,
      maxBytes: args.maxBytes,
      onProgress: progress?.update,
    };
    const threads = args.threads ?? Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
    let report: ChatReport;
    try {
      report =
        threads > 1
          ? await analyzeOnThreads(args.file, options, threads)
          : await analyzeChat(createReadStream(args.file, { highWaterMark: 1 << 20 }), options);
    } catch (error) {
      if (isChatParseError(error)) return fail(error.message, EXIT_USAGE);
      return fail(
        `could not read ${args.file}: ${error instanceof Error ? error.message : String(error)}`,
        EXIT_FAILURE,
      );
    } finally {
      progress?.done();
    }
    if (report.dateOrder?.decidedBy === 'guess') {
      console.error(
        `recipro analyze: every date fits more than one order; read them as ${report.dateOrder.order}. Use --date-order to choose.`,
      );
    }
    console.log(args.json ? JSON.stringify(report, null, 2) : renderTextReport(report));
    return EXIT_OK;
  },
};
