import {
  MetricsAccumulator,
  DEFAULT_SILENCE_SECONDS,
  type MetricsOptions,
} from './metrics/accumulator.ts';
import type { ChatReport } from './metrics/report.ts';
import type { ByteSource } from './model.ts';
import { parseChat, type ParseOptions } from './parse.ts';

/** Options for {@link analyzeChat}: parsing plus metrics. */
export interface AnalyzeOptions extends ParseOptions, MetricsOptions {}

/**
 * Parses a chat export and computes its communication metrics in one streaming pass; no
 * message is kept after it has been counted.
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
  const summary = await parseChat(source, (m) => metrics.add(m), options);
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
