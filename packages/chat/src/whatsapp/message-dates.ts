import { WallClock } from '../civil-time.ts';
import type { DateOrder, DateOrderDecision } from '../model.ts';
import { DateOrderResolver, type CivilDate } from './date-order.ts';
import { shapeHasSlashDate, shapeHasTwoDigitYear, type HeaderFields } from './header.ts';

/**
 * At most this many messages wait for a date that decides day-first or month-first; then the
 * order is guessed, so memory stays bounded. Reaching it takes an export whose first 200,000
 * messages all fall on the 1st to the 12th of months.
 */
export const MAX_PENDING = 200_000;

/** The date fields of a header whose order is not decided yet. */
type UndatedFields = Pick<HeaderFields, 'a' | 'b' | 'c' | 'aDigits' | 'cDigits' | 'buddhist'>;

/** A message held until the date order is known, with what its time will be made from. */
interface Held<T> {
  readonly date: UndatedFields;
  readonly seconds: number;
  readonly message: T;
}

/**
 * The times of one export's messages, for both WhatsApp parsers (strings and bytes): each
 * header's date is read in the file's date order (date-order.ts), and messages read while that
 * order is still open are held, in order, until a date decides it (or MAX_PENDING of them
 * wait, or the file ends, and it is guessed); then they go to `release` with their times.
 *
 * A parser calls {@link read} for a header-shaped line, {@link begin} when that line starts a
 * message, and for the finished message either uses {@link time} (when {@link waiting} is
 * false) or hands it to {@link hold}.
 */
export class MessageDates<T> {
  private readonly resolver: DateOrderResolver;
  private readonly clock = new WallClock();
  /** The date of the header being read. */
  private readonly date: CivilDate = { year: 0, month: 0, day: 0 };
  /** Scratch for held dates, apart from `date`. */
  private readonly heldDate: CivilDate = { year: 0, month: 0, day: 0 };
  private held: Held<T>[] = [];
  /** The open message's date while the order is open. */
  private undated: UndatedFields | null = null;
  private seconds = 0;
  /** The open message's time (milliseconds of wall clock), once {@link waiting} is false. */
  time = 0;

  constructor(
    hint: DateOrder | undefined,
    private readonly release: (message: T, time: number) => void,
  ) {
    this.resolver = new DateOrderResolver(hint);
  }

  /** The date order, or null while it is open. */
  get order(): DateOrder | null {
    return this.resolver.current;
  }

  /** Whether the open message waits for the date order (its time is not known yet). */
  get waiting(): boolean {
    return this.undated !== null;
  }

  /** Whether nothing waits for the date order any more, and nothing will. */
  get settled(): boolean {
    return this.resolver.current !== null && this.held.length === 0 && this.undated === null;
  }

  /**
   * Reads the date of header `h`: 'invalid' when it fits no order still possible (the line is
   * then body text). A date that decides the order releases the held messages first.
   */
  read(h: HeaderFields): 'ok' | 'pending' | 'invalid' {
    const wasOpen = this.resolver.current === null;
    const status = this.resolver.read(h, this.date);
    if (status !== 'invalid' && wasOpen && this.resolver.current !== null) this.releaseHeld();
    return status;
  }

  /** Starts the message of header `h`, just {@link read} as `status`. */
  begin(h: HeaderFields, status: 'ok' | 'pending'): void {
    this.seconds = h.seconds;
    if (status === 'pending') {
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
  }

  /**
   * Takes the finished open message while it {@link waiting}: held, or released at once when
   * the order was decided since it began. `shape` is the export's header shape, for a guess.
   */
  hold(message: T, shape: number): void {
    const item: Held<T> = { date: this.undated!, seconds: this.seconds, message };
    this.undated = null;
    if (this.resolver.current !== null) {
      this.releaseOne(item);
      return;
    }
    this.held.push(item);
    if (this.held.length >= MAX_PENDING) {
      this.guess(shape);
      this.releaseHeld();
    }
  }

  /**
   * Ends the file: decides the order if nothing did (by the conventions of `shape`), releases
   * what was held, and says how the order was decided. The open message, if any, is the
   * caller's to finish after this.
   */
  end(shape: number): DateOrderDecision {
    const decision = this.guess(shape);
    this.releaseHeld();
    return decision;
  }

  private guess(shape: number): DateOrderDecision {
    return this.resolver.finish(shapeHasSlashDate(shape), shapeHasTwoDigitYear(shape));
  }

  private releaseHeld(): void {
    const held = this.held;
    this.held = [];
    for (const item of held) this.releaseOne(item);
  }

  private releaseOne(item: Held<T>): void {
    // Held dates fit both orders, so whichever was chosen reads them validly.
    const d = this.heldDate;
    this.resolver.readDecided(item.date, d);
    this.release(item.message, this.clock.toMs(d.year, d.month, d.day, item.seconds));
  }
}
