import { civilFromDays, formatIsoTime, MS_PER_DAY, weekStartDay } from '../civil-time.ts';
import type { ChatMessage } from '../model.ts';
import { durationLabel } from './durations.ts';
import { median, NumberList } from './median.ts';
import type { ParticipantReport, WeekReport } from './report.ts';
import { APOLOGY, APPRECIATION, isQuestion, scanText, type TextScan } from './text-features.ts';

/** Options for {@link MetricsAccumulator}. */
export interface MetricsOptions {
  /** Silence (seconds) after which a message starts a new conversation. Default 6 h. */
  readonly silenceSeconds?: number;
  /** Other silences to report conversation starts for. Default 1 h, 6 h and 24 h. */
  readonly extraSilences?: readonly number[];
}

/** Per-person running totals. */
class Totals {
  messages = 0;
  words = 0;
  questions = 0;
  media = 0;
  deleted = 0;
  apologies = 0;
  appreciations = 0;
  readonly starts: number[];
  readonly replies = new NumberList();

  constructor(
    readonly name: string,
    readonly index: number,
    silences: number,
  ) {
    this.starts = new Array<number>(silences).fill(0);
  }
}

/** Messages and words per person for one week, indexed by person. */
interface Week {
  messages: number[];
  words: number[];
}

export const DEFAULT_SILENCE_SECONDS = 6 * 3600;
const DEFAULT_EXTRA = [3600, 6 * 3600, 24 * 3600];

/**
 * Communication metrics, one message at a time (O(1) per message; only reply times are kept
 * for the medians). Feed messages in export order.
 *
 * A turn is a run of one person's consecutive messages. A reply time is the first message of
 * a turn minus the last message of the previous turn, clamped at zero (exports are not
 * always in order, and clocks jump at daylight saving). A gap at least as long as the
 * silence starts a new conversation instead, and does not count as a reply.
 */
export class MetricsAccumulator {
  private readonly silences: number[];
  private readonly people = new Map<string, Totals>();
  private readonly weeks = new Map<number, Week>();
  private readonly scan: TextScan = { words: 0, flags: 0 };
  /** The week of the previous message: consecutive messages nearly always share it. */
  private weekKey = NaN;
  private week: Week | null = null;
  private prevTime = NaN;
  private prevAuthor: Totals | null = null;
  private firstTime = Infinity;
  private firstZoned = false;
  private lastTime = -Infinity;
  private lastZoned = false;
  messages = 0;
  systemMessages = 0;

  constructor(options: MetricsOptions = {}) {
    const silence = options.silenceSeconds ?? DEFAULT_SILENCE_SECONDS;
    const extra = (options.extraSilences ?? DEFAULT_EXTRA).filter((s) => s !== silence);
    this.silences = [silence, ...extra].map((s) => s * 1000);
  }

  /** Adds one message. */
  add(m: ChatMessage): void {
    if (m.kind === 'system' || m.author === null) {
      this.systemMessages++;
      return;
    }
    this.messages++;
    const p = this.person(m.author);
    p.messages++;
    let words = 0;
    if (m.kind === 'text') {
      const scan = scanText(m.text, this.scan);
      words = scan.words;
      p.words += words;
      if (isQuestion(m.text)) p.questions++;
      if ((scan.flags & APOLOGY) !== 0) p.apologies++;
      if ((scan.flags & APPRECIATION) !== 0) p.appreciations++;
    } else if (m.kind === 'media') p.media++;
    else p.deleted++;

    const t = m.time;
    if (t < this.firstTime) {
      this.firstTime = t;
      this.firstZoned = m.zoned;
    }
    if (t >= this.lastTime) {
      this.lastTime = t;
      this.lastZoned = m.zoned;
    }
    const gap = Number.isNaN(this.prevTime) ? Infinity : Math.max(0, t - this.prevTime);
    const silences = this.silences;
    for (let k = 0; k < silences.length; k++) if (gap >= silences[k]!) p.starts[k]!++;
    if (this.prevAuthor !== null && this.prevAuthor !== p && gap < silences[0]!)
      p.replies.push(gap / 1000);
    this.prevTime = t;
    this.prevAuthor = p;

    const weekKey = weekStartDay(Math.floor(t / MS_PER_DAY));
    let week = this.week;
    if (weekKey !== this.weekKey || week === null) {
      week = this.weeks.get(weekKey) ?? null;
      if (week === null) {
        week = { messages: [], words: [] };
        this.weeks.set(weekKey, week);
      }
      this.weekKey = weekKey;
      this.week = week;
    }
    week.messages[p.index] = (week.messages[p.index] ?? 0) + 1;
    week.words[p.index] = (week.words[p.index] ?? 0) + words;
  }

  /** Earliest and latest message as ISO-8601, or null before any message. */
  range(): { first: string | null; last: string | null } {
    if (this.messages === 0) return { first: null, last: null };
    return {
      first: formatIsoTime(this.firstTime, this.firstZoned),
      last: formatIsoTime(this.lastTime, this.lastZoned),
    };
  }

  /** Per-person results, most messages first (ties by name). */
  participants(): ParticipantReport[] {
    const totalMessages = this.messages;
    let totalWords = 0;
    for (const p of this.people.values()) totalWords += p.words;
    const labels = this.silences.map((s) => durationLabel(s / 1000));
    return [...this.people.values()]
      .sort((x, y) => y.messages - x.messages || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((p) => {
        const bySilence: Record<string, number> = {};
        labels.forEach((label, k) => (bySilence[label] = p.starts[k]!));
        return {
          name: p.name,
          messages: p.messages,
          words: p.words,
          questions: p.questions,
          media: p.media,
          deleted: p.deleted,
          conversationStarts: p.starts[0]!,
          conversationStartsBySilence: bySilence,
          medianReplySeconds: median(p.replies.values, p.replies.length),
          replies: p.replies.length,
          apologies: p.apologies,
          appreciations: p.appreciations,
          shareOfMessages: totalMessages === 0 ? 0 : p.messages / totalMessages,
          shareOfWords: totalWords === 0 ? 0 : p.words / totalWords,
        };
      });
  }

  /** Messages and words per person per week, oldest week first. */
  weekly(): WeekReport[] {
    const people = [...this.people.values()];
    return [...this.weeks.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([day, week]) => {
        const messages: Record<string, number> = {};
        const words: Record<string, number> = {};
        for (const p of people) {
          const count = week.messages[p.index];
          if (count === undefined) continue;
          messages[p.name] = count;
          words[p.name] = week.words[p.index] ?? 0;
        }
        const { year, month, day: d } = civilFromDays(day);
        const start = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return { start, messages, words };
      });
  }

  private person(name: string): Totals {
    const last = this.prevAuthor;
    if (last !== null && last.name === name) return last;
    let p = this.people.get(name);
    if (p === undefined) {
      p = new Totals(name, this.people.size, this.silences.length);
      this.people.set(name, p);
    }
    return p;
  }
}
