import { civilFromDays, formatIsoTime, MS_PER_DAY, weekStartDay } from '../civil-time.ts';
import type { ChatMessage } from '../model.ts';
import { durationLabel } from './durations.ts';
import type { ParticipantReport, WeekReport } from './report.ts';
import { Tally, type MessageFacts, type TallyPart, type TallySummary } from './tally.ts';
import {
  APOLOGY,
  APPRECIATION,
  ASKS,
  isQuestion,
  QUESTION_MARK,
  scanText,
  type TextScan,
} from './text-features.ts';

/** Options for {@link MetricsAccumulator}. */
export interface MetricsOptions {
  /** Silence (seconds) after which a message starts a new conversation. Default 6 h. */
  readonly silenceSeconds?: number;
  /** Other silences to report conversation starts for. Default 1 h, 6 h and 24 h. */
  readonly extraSilences?: readonly number[];
}

/** One person: the overall tally plus starts for the other silences. */
export class Person extends Tally {
  readonly otherStarts: number[];

  constructor(
    readonly name: string,
    readonly index: number,
    otherSilences: number,
  ) {
    super();
    this.otherStarts = new Array<number>(otherSilences).fill(0);
  }
}

export const DEFAULT_SILENCE_SECONDS = 6 * 3600;
const DEFAULT_EXTRA = [3600, 6 * 3600, 24 * 3600];
const MS_PER_WEEK = 7 * MS_PER_DAY;

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
  private readonly silenceMs: number;
  private readonly otherSilencesMs: number[];
  private readonly people = new Map<string, Person>();
  /** Per week (keyed by its Monday, days since epoch): one tally per person index. */
  private readonly weeks = new Map<number, Tally[]>();
  private readonly scan: TextScan = { words: 0, flags: 0 };
  private readonly facts: MessageFacts = {
    kind: 'text',
    words: 0,
    question: false,
    apology: false,
    appreciation: false,
    start: false,
    reply: -1,
  };
  /**
   * The week of the previous message, from its Monday's first millisecond: consecutive
   * messages nearly always share it.
   */
  private weekFrom = NaN;
  private week: Tally[] | null = null;
  private prevTime = NaN;
  private prevAuthor: Person | null = null;
  /** The first counted message: where a part appended to another joins it. */
  private headAuthor: Person | null = null;
  private headTime = NaN;
  private firstTime = Infinity;
  private firstZoned = false;
  private lastTime = -Infinity;
  private lastZoned = false;
  messages = 0;
  systemMessages = 0;

  constructor(options: MetricsOptions = {}) {
    const silence = options.silenceSeconds ?? DEFAULT_SILENCE_SECONDS;
    this.silenceMs = silence * 1000;
    this.otherSilencesMs = (options.extraSilences ?? DEFAULT_EXTRA)
      .filter((s) => s !== silence)
      .map((s) => s * 1000);
  }

  /** Adds one message. */
  add(m: ChatMessage): void {
    if (m.kind === 'system' || m.author === null) {
      this.systemMessages++;
      return;
    }
    let words = 0;
    let flags = 0;
    if (m.kind === 'text') {
      const scan = scanText(m.text, this.scan);
      words = scan.words;
      flags = scan.flags & (APOLOGY | APPRECIATION);
      if ((scan.flags & QUESTION_MARK) !== 0 && isQuestion(m.text)) flags |= ASKS;
    }
    this.addCounted(this.participant(m.author), m.time, m.zoned, m.kind, words, flags);
  }

  /** Counts a system line (written by the app, not a person). */
  addSystem(): void {
    this.systemMessages++;
  }

  /**
   * Adds one message whose text was already read: what {@link add} does after scanning it.
   * `words` and `flags` ({@link APOLOGY} | {@link APPRECIATION} | {@link ASKS}) are 0 unless
   * `kind` is 'text'.
   */
  addCounted(
    p: Person,
    t: number,
    zoned: boolean,
    kind: MessageFacts['kind'],
    words: number,
    flags: number,
  ): void {
    this.messages++;
    const f = this.facts;
    f.kind = kind;
    f.words = words;
    f.question = (flags & ASKS) !== 0;
    f.apology = (flags & APOLOGY) !== 0;
    f.appreciation = (flags & APPRECIATION) !== 0;

    if (t < this.firstTime) {
      this.firstTime = t;
      this.firstZoned = zoned;
    }
    if (t >= this.lastTime) {
      this.lastTime = t;
      this.lastZoned = zoned;
    }
    const gap = Number.isNaN(this.prevTime) ? Infinity : Math.max(0, t - this.prevTime);
    f.start = gap >= this.silenceMs;
    f.reply = !f.start && this.prevAuthor !== null && this.prevAuthor !== p ? gap / 1000 : -1;
    const other = this.otherSilencesMs;
    for (let k = 0; k < other.length; k++) if (gap >= other[k]!) p.otherStarts[k]!++;
    this.prevTime = t;
    this.prevAuthor = p;
    if (this.headAuthor === null) {
      this.headAuthor = p;
      this.headTime = t;
    }

    p.add(f);
    const week = this.weekOf(t);
    (week[p.index] ??= new Tally()).add(f);
  }

  /**
   * Everything counted so far as plain, cloneable data, to be appended to the accumulator of
   * the messages before these with {@link appendPart}: how a file counted in parts, on
   * several threads, gives the report of counting it whole.
   */
  toPart(): AccumulatorPart {
    const people = [...this.people.values()];
    const at = (p: Person | null, time: number) => (p === null ? null : { person: p.index, time });
    return {
      messages: this.messages,
      systemMessages: this.systemMessages,
      firstTime: this.firstTime,
      firstZoned: this.firstZoned,
      lastTime: this.lastTime,
      lastZoned: this.lastZoned,
      people: people.map((p) => ({
        name: p.name,
        tally: p.toPart(),
        otherStarts: [...p.otherStarts],
      })),
      weeks: [...this.weeks.entries()].map(([key, tallies]) => [
        key,
        Array.from(tallies, (t) => (t === undefined ? null : t.toPart())),
      ]),
      head: at(this.headAuthor, this.headTime),
      tail: at(this.prevAuthor, this.prevTime),
    };
  }

  /**
   * Counts the messages of `part` as if they had been added here, after everything added so
   * far; `part` must come from an accumulator with the same options. The part counted its
   * first message as if nothing came before it (a conversation start, no reply); that one
   * message is counted again here against the last message before it.
   */
  appendPart(part: AccumulatorPart): void {
    const people = part.people.map((q) => this.participant(q.name));
    part.people.forEach((q, i) => {
      const p = people[i]!;
      p.addPart(q.tally);
      for (let k = 0; k < q.otherStarts.length; k++) p.otherStarts[k]! += q.otherStarts[k]!;
    });
    for (const [key, tallies] of part.weeks) {
      const week = this.weekOf(key * MS_PER_DAY);
      tallies.forEach((t, i) => {
        if (t !== null) (week[people[i]!.index] ??= new Tally()).addPart(t);
      });
    }
    if (part.head !== null) this.join(people[part.head.person]!, part.head.time);
    if (part.firstTime < this.firstTime) {
      this.firstTime = part.firstTime;
      this.firstZoned = part.firstZoned;
    }
    if (part.lastTime >= this.lastTime) {
      this.lastTime = part.lastTime;
      this.lastZoned = part.lastZoned;
    }
    this.messages += part.messages;
    this.systemMessages += part.systemMessages;
    if (part.tail !== null) {
      this.prevAuthor = people[part.tail.person]!;
      this.prevTime = part.tail.time;
    }
  }

  /**
   * Recounts an appended part's first message, by `p` at `t`, which its part counted as a
   * conversation start at every silence and as no reply: what addCounted would have done
   * with the messages before it.
   */
  private join(p: Person, t: number): void {
    if (this.headAuthor === null) {
      this.headAuthor = p;
      this.headTime = t;
    }
    if (this.prevAuthor === null) return;
    const gap = Math.max(0, t - this.prevTime);
    const week = this.weekOf(t)[p.index]!;
    if (gap < this.silenceMs) {
      p.conversationStarts--;
      week.conversationStarts--;
      if (this.prevAuthor !== p) {
        p.replies.push(gap / 1000);
        week.replies.push(gap / 1000);
      }
    }
    const other = this.otherSilencesMs;
    for (let k = 0; k < other.length; k++) if (gap < other[k]!) p.otherStarts[k]!--;
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
    let totalWords = 0;
    for (const p of this.people.values()) totalWords += p.words;
    const mainLabel = durationLabel(this.silenceMs / 1000);
    const otherLabels = this.otherSilencesMs.map((s) => durationLabel(s / 1000));
    return [...this.people.values()]
      .sort((x, y) => y.messages - x.messages || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((p) => {
        const bySilence: Record<string, number> = { [mainLabel]: p.conversationStarts };
        otherLabels.forEach((label, k) => (bySilence[label] = p.otherStarts[k]!));
        return {
          name: p.name,
          ...p.summary(),
          conversationStartsBySilence: bySilence,
          shareOfMessages: this.messages === 0 ? 0 : p.messages / this.messages,
          shareOfWords: totalWords === 0 ? 0 : p.words / totalWords,
        };
      });
  }

  /** Per-person counts per week (weeks start on Monday), oldest week first. */
  weekly(): WeekReport[] {
    const people = [...this.people.values()];
    return [...this.weeks.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([day, tallies]) => {
        const participants: Record<string, TallySummary> = {};
        for (const p of people) {
          const tally = tallies[p.index];
          if (tally !== undefined) participants[p.name] = tally.summary();
        }
        const { year, month, day: d } = civilFromDays(day);
        const start = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return { start, participants };
      });
  }

  private weekOf(t: number): Tally[] {
    if (t >= this.weekFrom && t < this.weekFrom + MS_PER_WEEK && this.week !== null) {
      return this.week;
    }
    const key = weekStartDay(Math.floor(t / MS_PER_DAY));
    this.weekFrom = key * MS_PER_DAY;
    let week = this.weeks.get(key);
    if (week === undefined) {
      week = [];
      this.weeks.set(key, week);
    }
    this.week = week;
    return week;
  }

  /** The person called `name`, added on first sight (in the order people first write). */
  participant(name: string): Person {
    const last = this.prevAuthor;
    if (last !== null && last.name === name) return last;
    let p = this.people.get(name);
    if (p === undefined) {
      p = new Person(name, this.people.size, this.otherSilencesMs.length);
      this.people.set(name, p);
    }
    return p;
  }
}

/** A {@link MetricsAccumulator}'s counts as plain data (see its toPart and appendPart). */
export interface AccumulatorPart {
  messages: number;
  systemMessages: number;
  firstTime: number;
  firstZoned: boolean;
  lastTime: number;
  lastZoned: boolean;
  /** Everyone who wrote, in the order they first wrote; the index is used below. */
  people: { name: string; tally: TallyPart; otherStarts: number[] }[];
  /** Per week, keyed by its Monday (days since the epoch): a tally per person index. */
  weeks: [number, (TallyPart | null)[]][];
  /** Who wrote the first and the last counted message, and when; null without one. */
  head: { person: number; time: number } | null;
  tail: { person: number; time: number } | null;
}
