import { parseDuration, type DateOrder } from '@recipro/chat';

/** The parsed command line of `recipro analyze`. */
export interface AnalyzeArgs {
  readonly file: string;
  readonly json: boolean;
  readonly silenceSeconds: number;
  readonly dateOrder: DateOrder | undefined;
  readonly maxBytes: number;
  /** Threads to count a large WhatsApp export on; undefined: as many as the machine has. */
  readonly threads: number | undefined;
}

/** Default refusal size: far above any real export, low enough to fail fast on a wrong file. */
export const DEFAULT_MAX_MB = 1024;

const dateOrders: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** Parses `analyze` arguments; returns an error sentence instead of throwing. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | string {
  let file: string | undefined;
  let json = false;
  let silenceSeconds = 6 * 3600;
  let dateOrder: DateOrder | undefined;
  let maxBytes = DEFAULT_MAX_MB * 1024 * 1024;
  let threads: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--json') json = true;
    else if (flag === '--silence') {
      const seconds = parseDuration(value() ?? '');
      if (seconds === null) return '--silence needs a duration such as 30m, 6h or 1d.';
      silenceSeconds = seconds;
    } else if (flag === '--date-order') {
      const order = value();
      if (!dateOrders.includes(order as DateOrder)) return '--date-order must be dmy, mdy or ymd.';
      dateOrder = order as DateOrder;
    } else if (flag === '--max-size') {
      const mb = Number(value());
      if (!Number.isFinite(mb) || mb <= 0) return '--max-size needs a number of megabytes.';
      maxBytes = mb * 1024 * 1024;
    } else if (flag === '--threads') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 64)
        return '--threads needs a whole number from 1 to 64.';
      threads = n;
    } else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}.`;
    else if (file === undefined) file = arg;
    else return 'analyze reads one file at a time.';
  }
  if (file === undefined) return 'which file? Usage: recipro analyze <file> [--json].';
  return { file, json, silenceSeconds, dateOrder, maxBytes, threads };
}
