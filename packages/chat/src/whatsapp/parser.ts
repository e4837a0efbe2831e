import { WallClock } from '../civil-time.ts';
import type { DateOrder, DateOrderDecision, MessageKind, MessageSink } from '../model.ts';
import { DateOrderResolver, type CivilDate } from './date-order.ts';
import {
  newHeaderFields,
  parseHeader,
  shapeHasSlashDate,
  shapeHasTwoDigitYear,
  type HeaderFields,
} from './header.ts';
import { colonAuthorEnd } from './colon-authors.ts';
import { trimInvisible } from './invisible.ts';
import { classifyBody, isAuthoredSystemLine } from './placeholders.ts';
import { decideFromSample, SAMPLE_LINES, type SampleHeader } from './sample.ts';

/**
 * At most this many messages wait for a date that decides day-first or month-first; then the
 * order is guessed, so memory stays bounded. Reaching it takes an export whose first 200,000
 * messages all fall on the 1st to the 12th of months.
 */
export const MAX_PENDING = 200_000;

/** Options for {@link WhatsAppLineParser}. */
export interface WhatsAppOptions {
  /** Read every date in this order instead of deciding from the dates themselves. */
  readonly dateOrder?: DateOrder;
}

/** A message whose date waits for the file to decide between day-first and month-first. */
interface Pending {
  readonly date: Pick<HeaderFields, 'a' | 'b' | 'c' | 'aDigits' | 'cDigits' | 'buddhist'>;
  readonly seconds: number;
  readonly author: string | null;
  readonly kind: MessageKind;
  readonly text: string;
}

/**
 * WhatsApp `.txt` export → messages, one line at a time. The first lines are a sample: the
 * most common header shape in it is locked, and from then on only lines of that shape (with
 * a date valid in the file's date order) start a message; every other line continues the
 * message before it. Messages reach the sink as soon as the next header (or the end) shows
 * they are complete and their date order is known.
 */
export class WhatsAppLineParser {
  private sample: string[] | null = [];
  private shape = -1;
  private readonly h: HeaderFields = newHeaderFields();
  private readonly date: CivilDate = { year: 0, month: 0, day: 0 };
  /** Scratch for pending dates, apart from `date`, which holds the header being read. */
  private readonly pendingDate: CivilDate = { year: 0, month: 0, day: 0 };
  private readonly resolver: DateOrderResolver;
  private readonly clock = new WallClock();
  private pending: Pending[] = [];
  /** Authors whose names hold ": ", learnt from the sample (see colon-authors.ts). */
  private colonAuthors: string[] = [];

  // The message being read.
  private open = false;
  private author: string | null = null;
  private kind: MessageKind = 'text';
  private text = '';
  private seconds = 0;
  private time = 0;
  private undated: Pending['date'] | null = null;

  constructor(
    private readonly sink: MessageSink,
    options: WhatsAppOptions = {},
  ) {
    this.resolver = new DateOrderResolver(options.dateOrder);
  }

  /** Feeds one line, without its line break. */
  pushLine(line: string): void {
    if (this.sample !== null) {
      this.sample.push(line);
      if (this.sample.length >= SAMPLE_LINES) this.lock();
      return;
    }
    this.handle(line);
  }

  /** Ends the input: flushes the last message and reports how dates were read. */
  end(): DateOrderDecision {
    if (this.sample !== null) this.lock();
    const decision = this.resolver.finish(
      shapeHasSlashDate(this.shape),
      shapeHasTwoDigitYear(this.shape),
    );
    this.flushPending();
    this.finish();
    return decision;
  }

  private lock(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    const headers: SampleHeader[] = [];
    for (const line of sample) {
      if (parseHeader(line, this.h))
        headers.push({ shape: this.h.shape, body: line.slice(this.h.bodyStart) });
    }
    const decision = decideFromSample(headers);
    this.shape = decision.shape;
    this.colonAuthors = decision.colonAuthors;
    for (const line of sample) this.handle(line);
  }

  private handle(line: string): void {
    const h = this.h;
    if (parseHeader(line, h) && h.shape === this.shape) {
      const wasDecided = this.resolver.current !== null;
      const status = this.resolver.read(h, this.date);
      if (status !== 'invalid') {
        if (!wasDecided && this.resolver.current !== null) this.flushPending();
        this.finish();
        this.start(line, status === 'pending');
        return;
      }
    }
    // Not a header: the line continues the open message. Lines before the first header
    // (a stray title or blank line) belong to no message and are dropped.
    if (this.open) this.text += '\n' + line;
  }

  private start(line: string, undecided: boolean): void {
    const h = this.h;
    this.open = true;
    this.seconds = h.seconds;
    if (undecided) {
      this.undated = {
        a: h.a,
        b: h.b,
        c: h.c,
        aDigits: h.aDigits,
        cDigits: h.cDigits,
        buddhist: h.buddhist,
      };
    } else {
      this.undated = null;
      this.time = this.clock.toMs(this.date.year, this.date.month, this.date.day, h.seconds);
    }
    const rest = line.slice(h.bodyStart);
    // The author ends at the first ": ", unless the sample showed a name holding ": ".
    let colon = this.colonAuthors.length === 0 ? -1 : colonAuthorEnd(rest, this.colonAuthors);
    if (colon === -1) colon = rest.indexOf(': ');
    if (colon === -1) {
      if (rest.length > 1 && rest.charCodeAt(rest.length - 1) === 0x3a) {
        this.setAuthored(rest.slice(0, -1), '');
      } else {
        this.author = null;
        this.kind = 'system';
        this.text = rest;
      }
      return;
    }
    this.setAuthored(rest.slice(0, colon), rest.slice(colon + 2));
  }

  private setAuthored(rawAuthor: string, body: string): void {
    const kind = classifyBody(body);
    if (kind === 'text' && isAuthoredSystemLine(body)) {
      this.author = null;
      this.kind = 'system';
    } else {
      this.author = trimInvisible(rawAuthor);
      this.kind = kind;
    }
    this.text = body;
  }

  private finish(): void {
    if (!this.open) return;
    this.open = false;
    // Blank lines after a message (the file's last line break, a gap before the next
    // header) are layout, not text.
    if (this.text.charCodeAt(this.text.length - 1) === 0x0a)
      this.text = this.text.replace(/\n+$/, '');
    if (this.undated !== null) {
      const item: Pending = {
        date: this.undated,
        seconds: this.seconds,
        author: this.author,
        kind: this.kind,
        text: this.text,
      };
      if (this.resolver.current === null) {
        this.pending.push(item);
        if (this.pending.length >= MAX_PENDING) {
          this.resolver.finish(shapeHasSlashDate(this.shape), shapeHasTwoDigitYear(this.shape));
          this.flushPending();
        }
      } else this.emitPending(item);
      return;
    }
    this.sink({
      author: this.author,
      time: this.time,
      zoned: false,
      kind: this.kind,
      text: this.text,
    });
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const item of pending) this.emitPending(item);
  }

  private emitPending(item: Pending): void {
    // Pending dates fit both orders, so whichever was chosen reads them validly.
    const d = this.pendingDate;
    this.resolver.readDecided(item.date, d);
    const time = this.clock.toMs(d.year, d.month, d.day, item.seconds);
    this.sink({ author: item.author, time, zoned: false, kind: item.kind, text: item.text });
  }
}
