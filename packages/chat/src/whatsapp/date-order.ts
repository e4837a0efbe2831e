import { daysInMonth } from '../civil-time.ts';
import type { DateOrder, DateOrderDecision } from '../model.ts';
import type { HeaderFields } from './header.ts';

/** A calendar date read from a header. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const BUDDHIST_OFFSET = 543;

/**
 * Decides once per file whether dates are day-first, month-first or year-first. A date that
 * fits only one order decides it; until then dates that fit both are reported as pending.
 * A caller's hint wins from the start.
 */
export class DateOrderResolver {
  private order: DateOrder | null;
  private decidedBy: DateOrderDecision['decidedBy'] = 'dates';

  constructor(hint?: DateOrder) {
    this.order = hint ?? null;
    if (hint) this.decidedBy = 'hint';
  }

  /** The order if decided, else null. */
  get current(): DateOrder | null {
    return this.order;
  }

  /**
   * Reads the date of `h`. Returns 'ok' (and fills `out`) when the order is known and the
   * date is valid under it, 'pending' when the date fits both day-first and month-first and
   * nothing has decided yet, and 'invalid' when it fits no order still possible.
   */
  read(h: HeaderFields, out: CivilDate): 'ok' | 'pending' | 'invalid' {
    if (this.order === null && h.aDigits === 4) {
      this.order = 'ymd';
      this.decidedBy = 'dates';
    }
    if (this.order !== null) return fill(this.order, h, out) ? 'ok' : 'invalid';
    const dmy = fill('dmy', h, out);
    const mdy = fill('mdy', h, out);
    if (dmy && mdy) return 'pending';
    if (!dmy && !mdy) return 'invalid';
    this.order = dmy ? 'dmy' : 'mdy';
    this.decidedBy = 'dates';
    return fill(this.order, h, out) ? 'ok' : 'invalid';
  }

  /** Reads a pending date once the order is known. */
  readDecided(
    h: Pick<HeaderFields, 'a' | 'b' | 'c' | 'cDigits' | 'aDigits' | 'buddhist'>,
    out: CivilDate,
  ): boolean {
    return fill(this.order ?? 'dmy', h, out);
  }

  /**
   * Ends the file: if no date decided the order, guess by the conventions of the header's
   * shape (dots and dashes are day-first; slashes with a two-digit year are US month-first).
   */
  finish(dateSeparatorIsSlash: boolean, twoDigitYear: boolean): DateOrderDecision {
    if (this.order === null) {
      this.order = dateSeparatorIsSlash && twoDigitYear ? 'mdy' : 'dmy';
      this.decidedBy = 'guess';
    }
    return { order: this.order, decidedBy: this.decidedBy };
  }
}

function fill(
  order: DateOrder,
  h: Pick<HeaderFields, 'a' | 'b' | 'c' | 'cDigits' | 'aDigits' | 'buddhist'>,
  out: CivilDate,
): boolean {
  let year: number;
  let yearDigits: number;
  if (order === 'ymd') {
    year = h.a;
    yearDigits = h.aDigits;
    out.month = h.b;
    out.day = h.c;
  } else {
    year = h.c;
    yearDigits = h.cDigits;
    out.day = order === 'dmy' ? h.a : h.b;
    out.month = order === 'dmy' ? h.b : h.a;
  }
  if (yearDigits === 2) year += 2000;
  else if (yearDigits !== 4) return false;
  if (h.buddhist) year -= BUDDHIST_OFFSET;
  out.year = year;
  return (
    out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= daysInMonth(year, out.month)
  );
}
