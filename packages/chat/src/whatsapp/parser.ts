import type { DateOrder, DateOrderDecision, MessageKind, MessageSink } from '../model.ts';
import { newHeaderFields, parseHeader, type HeaderFields } from './header.ts';
import { colonAuthorEnd } from './colon-authors.ts';
import { MessageDates } from './message-dates.ts';
import { trimInvisible } from './invisible.ts';
import { classifyBody, isAuthoredSystemLine } from './placeholders.ts';
import { decideFromSample, SAMPLE_LINES, type SampleHeader } from './sample.ts';

/** Options for {@link WhatsAppLineParser}. */
export interface WhatsAppOptions {
  /** Read every date in this order instead of deciding from the dates themselves. */
  readonly dateOrder?: DateOrder;
}

/** A message but for its time, kept while its date waits for the date order. */
interface Undated {
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
  private readonly dates: MessageDates<Undated>;
  /** Authors whose names hold ": ", learnt from the sample (see colon-authors.ts). */
  private colonAuthors: string[] = [];

  // The message being read.
  private open = false;
  private author: string | null = null;
  private kind: MessageKind = 'text';
  private text = '';

  constructor(
    private readonly sink: MessageSink,
    options: WhatsAppOptions = {},
  ) {
    this.dates = new MessageDates(options.dateOrder, (m, time) =>
      this.sink({ author: m.author, time, zoned: false, kind: m.kind, text: m.text }),
    );
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
    const decision = this.dates.end(this.shape);
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
      const status = this.dates.read(h);
      if (status !== 'invalid') {
        this.finish();
        this.dates.begin(h, status);
        this.start(line);
        return;
      }
    }
    // Not a header: the line continues the open message. Lines before the first header
    // (a stray title or blank line) belong to no message and are dropped.
    if (this.open) this.text += '\n' + line;
  }

  private start(line: string): void {
    const h = this.h;
    this.open = true;
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
    const { author, kind, text } = this;
    if (this.dates.waiting) {
      this.dates.hold({ author, kind, text }, this.shape);
      return;
    }
    this.sink({ author, time: this.dates.time, zoned: false, kind, text });
  }
}
