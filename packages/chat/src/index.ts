/**
 * Chat-export parsing and communication metrics. Pure: bytes in, results out; runs unchanged
 * in Node, a browser Worker and tests.
 */
export { analyzeChat, analyzeMessages, type AnalyzeOptions } from './analyze.ts';
export {
  analyzeHead,
  analyzeSegment,
  type HeadAnalysis,
  type RandomAccessBytes,
  type SplitPlan,
} from './split-analysis.ts';
export { parseChat, type ParseOptions, type ParseSummary } from './parse.ts';
export {
  ChatParseError,
  chatErrorMessages,
  isChatParseError,
  type ChatErrorCode,
} from './errors.ts';
export { CHAT_FORMATS } from './model.ts';
export { chatSummary, CHAT_SUMMARY_LIMITS, type ChatSummary } from './summary.ts';
export type {
  ByteSource,
  ChatFormat,
  ChatMessage,
  DateOrder,
  DateOrderDecision,
  MessageKind,
  MessageSink,
} from './model.ts';
export type { ChatReport, ParticipantReport, WeekReport } from './metrics/report.ts';
export type { TallySummary } from './metrics/tally.ts';
export {
  chatRhythm,
  rhythmOf,
  spreadOf,
  replyPaceOf,
  replyBalanceOf,
  SPREADS,
  REPLY_PACES,
  REPLY_BALANCES,
  LATELY_WEEKS,
  type ChatRhythm,
  type LatelyRhythm,
  type ReplyBalance,
  type ReplyPace,
  type Spread,
} from './metrics/rhythm.ts';
export {
  MetricsAccumulator,
  DEFAULT_SILENCE_SECONDS,
  type AccumulatorPart,
  type MetricsOptions,
} from './metrics/accumulator.ts';
export { parseDuration, durationLabel } from './metrics/durations.ts';
export { formatIsoTime } from './civil-time.ts';
