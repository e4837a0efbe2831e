import { countingReader } from './counting-reader.ts';
import { readExport } from './export-reader.ts';
import {
  MetricsAccumulator,
  DEFAULT_SILENCE_SECONDS,
  type MetricsOptions,
} from './metrics/accumulator.ts';
import type { ChatReport } from './metrics/report.ts';
import type { ByteSource } from './model.ts';
import { messageReader, parseChat, type ParseOptions, type ParseSummary } from './parse.ts';

/** Options for {@link analyzeChat}: parsing plus metrics. */
export interface AnalyzeOptions extends ParseOptions, MetricsOptions {}

/**
 * Parses a chat export and computes its communication metrics in one streaming pass; no
 * message is kept after it has been counted. WhatsApp exports are counted straight from
 * their bytes (see whatsapp/byte-parser.ts); JSON exports go through the messages of
 * {@link parseChat}. Either way the report is the one {@link analyzeMessages} gives.
 *
 * @example
 * const report = await analyzeChat(fileChunks, { silenceSeconds: 3600 });
 * report.participants[0]?.medianReplySeconds;
 */
export async function analyzeChat(
  source: ByteSource,
  options: AnalyzeOptions = {},
): Promise<ChatReport> {
  const metrics = new MetricsAccumulator(options);
  const summary = await readExport(source, options, (container) =>
    container === 'json'
      ? messageReader(container, (m) => metrics.add(m), options)
      : countingReader(container === 'zip', metrics, options),
  );
  return chatReport(metrics, summary, options);
}

/**
 * The same analysis with every message made in the common model by {@link parseChat} and
 * then counted: slower, and the reference that analyzeChat's byte-level counting is tested
 * against.
 */
export async function analyzeMessages(
  source: ByteSource,
  options: AnalyzeOptions = {},
): Promise<ChatReport> {
  const metrics = new MetricsAccumulator(options);
  const summary = await parseChat(source, (m) => metrics.add(m), options);
  return chatReport(metrics, summary, options);
}

/** The report of everything `metrics` counted, read as `summary` says. */
export function chatReport(
  metrics: MetricsAccumulator,
  summary: ParseSummary,
  options: AnalyzeOptions,
): ChatReport {
  const { first, last } = metrics.range();
  return {
    format: summary.format,
    messages: metrics.messages,
    systemMessages: metrics.systemMessages,
    first,
    last,
    silenceSeconds: options.silenceSeconds ?? DEFAULT_SILENCE_SECONDS,
    ...(summary.dateOrder ? { dateOrder: summary.dateOrder } : {}),
    ...(summary.chatName !== undefined ? { chatName: summary.chatName } : {}),
    participants: metrics.participants(),
    weeks: metrics.weekly(),
  };
}
