import { describe, expect, it } from 'vitest';
import { newHeaderFields, parseHeader } from './header.ts';
import { MAX_PENDING, MessageDates } from './message-dates.ts';

/** The header of `line`, as a parser reads it. */
function header(line: string) {
  const h = newHeaderFields();
  if (!parseHeader(line, h)) throw new Error(`not a header: ${line}`);
  return h;
}

/** Feeds one message per header line, as the parsers do, and records what is released. */
function feed(lines: readonly string[], hint?: 'dmy' | 'mdy') {
  const released: [string, string][] = [];
  const dates = new MessageDates<string>(hint, (m, time) =>
    released.push([m, new Date(time).toISOString()]),
  );
  let open: string | null = null;
  let shape = 0;
  const finish = () => {
    if (open === null) return;
    if (dates.waiting) dates.hold(open, shape);
    else released.push([open, new Date(dates.time).toISOString()]);
    open = null;
  };
  for (const line of lines) {
    const h = header(line);
    shape = h.shape;
    const status = dates.read(h);
    if (status === 'invalid') continue;
    finish();
    dates.begin(h, status);
    open = line;
  }
  return {
    released,
    end() {
      const decision = dates.end(shape);
      finish();
      return decision;
    },
    dates,
  };
}

describe('MessageDates', () => {
  it('holds messages while the order is open and releases them in order once a date decides', () => {
    const run = feed([
      '05/06/2024, 10:00 - A: one',
      '07/06/2024, 10:01 - B: two',
      '13/06/2024, 10:02 - A: three',
      '14/06/2024, 10:03 - B: four',
    ]);
    expect(run.end()).toEqual({ order: 'dmy', decidedBy: 'dates' });
    expect(run.released).toEqual([
      ['05/06/2024, 10:00 - A: one', '2024-06-05T10:00:00.000Z'],
      ['07/06/2024, 10:01 - B: two', '2024-06-07T10:01:00.000Z'],
      ['13/06/2024, 10:02 - A: three', '2024-06-13T10:02:00.000Z'],
      ['14/06/2024, 10:03 - B: four', '2024-06-14T10:03:00.000Z'],
    ]);
    expect(run.dates.settled).toBe(true);
  });

  it('guesses at the end of a file whose dates never decide, by its header convention', () => {
    const run = feed(['1/2/24, 10:00 - A: one', '3/4/24, 11:00 - B: two']);
    expect(run.dates.settled).toBe(false);
    expect(run.end()).toEqual({ order: 'mdy', decidedBy: 'guess' });
    expect(run.released.map(([, time]) => time)).toEqual([
      '2024-01-02T10:00:00.000Z',
      '2024-03-04T11:00:00.000Z',
    ]);
  });

  it('dates everything at once when given the order', () => {
    const run = feed(['05/06/2024, 10:00 - A: one', '07/06/2024, 10:01 - B: two'], 'mdy');
    expect(run.released.map(([, time]) => time)).toEqual(['2024-05-06T10:00:00.000Z']);
    expect(run.dates.settled).toBe(true);
    expect(run.end()).toEqual({ order: 'mdy', decidedBy: 'hint' });
  });

  it(`guesses once ${MAX_PENDING} messages wait, so memory stays bounded`, () => {
    const lines = Array.from({ length: MAX_PENDING + 2 }, () => '05/06/2024, 10:00 - A: hi');
    const run = feed(lines);
    // The first MAX_PENDING were released by the guess; the last two are dated directly.
    expect(run.released).toHaveLength(MAX_PENDING + 1);
    expect(run.dates.order).toBe('dmy');
    expect(run.end()).toEqual({ order: 'dmy', decidedBy: 'guess' });
    expect(run.released).toHaveLength(MAX_PENDING + 2);
  });
});
