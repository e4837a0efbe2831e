import type { DateOrder, DateOrderDecision, MessageKind } from '../model.ts';
import { APOLOGY, APPRECIATION, ASKS } from '../metrics/text-features.ts';
import { newLineScan, scanUtf8Line, utf8LineAsks, type LineScan } from '../metrics/utf8-scan.ts';
import { decodeUtf8 } from '../utf8.ts';
import { Utf8Interner } from '../utf8-interner.ts';
import { colonAuthorEndUtf8 } from './colon-authors.ts';
import { newHeaderFields, parseHeaderBytes, type HeaderFields } from './header.ts';
import { MessageDates } from './message-dates.ts';
import type { WhatsAppOptions } from './parser.ts';
import { trimInvisible } from './invisible.ts';
import { classifyBody, isAuthoredSystemLine, mayBePlaceholder } from './placeholders.ts';
import { decideFromSample, SAMPLE_LINES, type SampleHeader } from './sample.ts';

/** What the byte parser reports to: the metrics accumulator, which counts each message. */
export interface MessageCounter<P> {
  /** The person called `name`, made on first sight. */
  participant(name: string): P;
  addSystem(): void;
  /** `flags`: APOLOGY | APPRECIATION | ASKS of the whole text (0 unless kind is 'text'). */
  addCounted(
    person: P,
    time: number,
    zoned: boolean,
    kind: 'text' | 'media' | 'deleted',
    words: number,
    flags: number,
  ): void;
}

/** An author's name, and the person the counter made for it once it counted a message. */
interface Author<P> {
  readonly name: string;
  person: P | null;
}

/** Distinct author spellings remembered; a chat with more decodes the rest every time. */
const MAX_AUTHORS = 1 << 16;
/** Distinct possible placeholders remembered with their kind. */
const MAX_PLACEHOLDERS = 1 << 12;

/** What a message counts, kept while its date waits for the date order. */
interface Counted<P> {
  readonly author: Author<P> | null;
  readonly kind: MessageKind;
  readonly words: number;
  readonly flags: number;
}

const PHRASES = APOLOGY | APPRECIATION;

/**
 * What a parser has settled about an export for good once it has read its sample and a date
 * that decides the order: from then on, whether a line starts a message, and what that message
 * counts, depend on the line alone. Plain data, so that other threads can read later parts.
 */
export interface WhatsAppLock {
  readonly shape: number;
  readonly colonAuthors: readonly string[];
  readonly order: DateOrder;
}

/**
 * {@link WhatsAppLineParser} for analysis: the same lines, read the same way (sample, locked
 * shape, date order, pending messages, authors, placeholders), but given as UTF-8 bytes and
 * reported as counts instead of messages. Only what a count needs is decoded: each author
 * once, and a line's text only when it might be a placeholder, an app notice, or a question
 * next to a URL. Everything else is read from the bytes. Tests check that the counts equal
 * those of `WhatsAppLineParser`'s messages for every fixture and for generated exports.
 */
export class WhatsAppByteParser<P> {
  private sample: Uint8Array[] | null = [];
  private shape = -1;
  private readonly h: HeaderFields = newHeaderFields();
  private readonly dates: MessageDates<Counted<P>>;
  private colonAuthors: string[] = [];
  private readonly authors = new Utf8Interner<Author<P>>(MAX_AUTHORS);
  private readonly placeholders = new Utf8Interner<MessageKind>(MAX_PLACEHOLDERS);
  private readonly scan: LineScan = newLineScan();

  // The message being read.
  private open = false;
  private author: Author<P> | null = null;
  private kind: MessageKind = 'text';
  private words = 0;
  private flags = 0;

  constructor(
    private readonly counter: MessageCounter<P>,
    options: WhatsAppOptions = {},
  ) {
    this.dates = new MessageDates(options.dateOrder, (m, time) =>
      this.emit(m.author, time, m.kind, m.words, m.flags),
    );
  }

  /** A parser for a later part of an export whose earlier part settled `lock`. */
  static resume<P>(counter: MessageCounter<P>, lock: WhatsAppLock): WhatsAppByteParser<P> {
    const parser = new WhatsAppByteParser(counter, { dateOrder: lock.order });
    parser.sample = null;
    parser.shape = lock.shape;
    parser.colonAuthors = [...lock.colonAuthors];
    return parser;
  }

  /**
   * What this parser has settled for good, or null while it is still reading its sample,
   * the date order is open, or messages wait for it.
   */
  settled(): WhatsAppLock | null {
    const order = this.dates.order;
    if (this.sample !== null || order === null || !this.dates.settled) return null;
    return { shape: this.shape, colonAuthors: [...this.colonAuthors], order };
  }

  /**
   * Whether the line `bytes[start..end)` starts a message. Only once {@link settled}: before,
   * reading a date could decide the order.
   */
  startsMessage(bytes: Uint8Array, start: number, end: number): boolean {
    return this.readHeader(bytes, start, end) !== 'invalid';
  }

  /**
   * Reads the line as a header into `h`: 'invalid' unless it has the export's shape and a date
   * its date order allows (then it starts a message); else how its date reads.
   */
  private readHeader(bytes: Uint8Array, start: number, end: number): 'ok' | 'pending' | 'invalid' {
    const h = this.h;
    if (!parseHeaderBytes(bytes, start, end, h) || h.shape !== this.shape) return 'invalid';
    return this.dates.read(h);
  }

  /** Feeds one line, `bytes[start..end)` without its line break. */
  pushLine(bytes: Uint8Array, start: number, end: number): void {
    if (this.sample !== null) {
      this.sample.push(bytes.slice(start, end));
      if (this.sample.length >= SAMPLE_LINES) this.lock();
      return;
    }
    this.handle(bytes, start, end);
  }

  /** Ends the input: counts the last message and reports how dates were read. */
  end(): DateOrderDecision {
    if (this.sample !== null) this.lock();
    const decision = this.dates.end(this.shape);
    this.finish();
    return decision;
  }

  private lock(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    const headers: SampleHeader[] = [];
    for (const line of sample) {
      if (parseHeaderBytes(line, 0, line.length, this.h))
        headers.push({
          shape: this.h.shape,
          body: decodeUtf8(line, this.h.bodyStart, line.length),
        });
    }
    const decision = decideFromSample(headers);
    this.shape = decision.shape;
    this.colonAuthors = decision.colonAuthors;
    for (const line of sample) this.handle(line, 0, line.length);
  }

  private handle(bytes: Uint8Array, start: number, end: number): void {
    const status = this.readHeader(bytes, start, end);
    if (status !== 'invalid') {
      this.finish();
      this.dates.begin(this.h, status);
      this.start(bytes, start, end);
      return;
    }
    // Not a header: the line continues the open message; only a person's text counts it.
    if (this.open && this.kind === 'text') this.addLine(bytes, start, end);
  }

  private start(bytes: Uint8Array, start: number, end: number): void {
    const h = this.h;
    this.open = true;
    const rest = start + h.bodyStart;
    // The author ends at the first ": ", unless the sample showed a name holding ": ".
    let colon =
      this.colonAuthors.length === 0 ? -1 : colonAuthorEndUtf8(bytes, rest, end, this.colonAuthors);
    if (colon === -1) colon = indexOfColonSpace(bytes, rest, end);
    if (colon === -1) {
      if (end - rest > 1 && bytes[end - 1] === 0x3a) {
        this.setAuthored(bytes, rest, end - 1, end, end);
      } else {
        this.author = null;
        this.kind = 'system';
      }
      return;
    }
    this.setAuthored(bytes, rest, colon, colon + 2, end);
  }

  private setAuthored(
    bytes: Uint8Array,
    authorStart: number,
    authorEnd: number,
    bodyStart: number,
    bodyEnd: number,
  ): void {
    const scan = scanUtf8Line(bytes, bodyStart, bodyEnd, this.scan);
    const kind = mayBePlaceholder(scan.units, scan.first, scan.last, scan.marked)
      ? this.classify(bytes, bodyStart, bodyEnd)
      : 'text';
    if (
      kind === 'text' &&
      (scan.first === 0x200e || scan.first === 0x200f) &&
      isAuthoredSystemLine(decodeUtf8(bytes, bodyStart, bodyEnd))
    ) {
      this.author = null;
      this.kind = 'system';
      return;
    }
    this.author = this.authorOf(bytes, authorStart, authorEnd);
    this.kind = kind;
    this.words = 0;
    this.flags = 0;
    if (kind === 'text') this.count(bytes, bodyStart, bodyEnd, scan);
  }

  /** classifyBody of the decoded body, remembered for bodies seen before. */
  private classify(bytes: Uint8Array, start: number, end: number): MessageKind {
    const seen = this.placeholders.find(bytes, start, end);
    if (seen === null) return classifyBody(decodeUtf8(bytes, start, end));
    return (seen.value ??= classifyBody(seen.text));
  }

  private authorOf(bytes: Uint8Array, start: number, end: number): Author<P> {
    const seen = this.authors.find(bytes, start, end);
    if (seen === null) return { name: trimInvisible(decodeUtf8(bytes, start, end)), person: null };
    return (seen.value ??= { name: trimInvisible(seen.text), person: null });
  }

  private addLine(bytes: Uint8Array, start: number, end: number): void {
    this.count(bytes, start, end, scanUtf8Line(bytes, start, end, this.scan));
  }

  private count(bytes: Uint8Array, start: number, end: number, scan: LineScan): void {
    this.words += scan.words;
    this.flags |= scan.flags & PHRASES;
    if ((this.flags & ASKS) === 0 && utf8LineAsks(bytes, start, end, scan)) this.flags |= ASKS;
  }

  private finish(): void {
    if (!this.open) return;
    this.open = false;
    if (this.dates.waiting) {
      const { author, kind, words, flags } = this;
      this.dates.hold({ author, kind, words, flags }, this.shape);
      return;
    }
    this.emit(this.author, this.dates.time, this.kind, this.words, this.flags);
  }

  private emit(
    author: Author<P> | null,
    time: number,
    kind: MessageKind,
    words: number,
    flags: number,
  ): void {
    if (kind === 'system' || author === null) {
      this.counter.addSystem();
      return;
    }
    // People are made when their first message is counted, as with messages.
    const person = (author.person ??= this.counter.participant(author.name));
    this.counter.addCounted(person, time, false, kind, words, flags);
  }
}

/** Index of the first ": " in `bytes[start..end)`, else -1. */
function indexOfColonSpace(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i + 1 < end; i++) {
    if (bytes[i] === 0x3a && bytes[i + 1] === 0x20) return i;
  }
  return -1;
}
