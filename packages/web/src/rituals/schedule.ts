/**
 * The schedule picker's model and the iCalendar RRULEs it makes: every day, every week on
 * chosen days, or every month on a day of the month. Other rules (from elsewhere) are still
 * described in words.
 */
import { listFormat, t } from '../i18n/index.ts';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Schedule =
  | { readonly often: 'daily' }
  | { readonly often: 'weekly'; readonly days: readonly Weekday[] }
  | { readonly often: 'monthly'; readonly monthDay: number };

export type Often = Schedule['often'];

/** The RRULE for a schedule, e.g. `FREQ=WEEKLY;BYDAY=MO,TH`. Days keep the week's order. */
export function toRrule(schedule: Schedule): string {
  switch (schedule.often) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly': {
      const days = WEEKDAYS.filter((day) => schedule.days.includes(day));
      return `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
    }
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${schedule.monthDay}`;
  }
}

function parts(rrule: string): Map<string, string> {
  return new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined])
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([key, value]) => [key.toUpperCase(), value.toUpperCase()]),
  );
}

const isWeekday = (value: string): value is Weekday =>
  (WEEKDAYS as readonly string[]).includes(value);

/** The picker's reading of a rule, as far as it fits (used for each kind's suggested rule). */
export function fromRrule(rrule: string): Schedule {
  const p = parts(rrule);
  const freq = p.get('FREQ');
  if (freq === 'DAILY') return { often: 'daily' };
  if (freq === 'MONTHLY') {
    const day = Number(p.get('BYMONTHDAY') ?? '1');
    return { often: 'monthly', monthDay: day >= 1 && day <= 28 ? day : 1 };
  }
  const days = (p.get('BYDAY') ?? '').split(',').map((d) => d.replace(/^[+-]?\d+/, ''));
  const chosen = days.filter(isWeekday);
  return { often: 'weekly', days: chosen.length > 0 ? chosen : ['SU'] };
}

const dayName = (day: Weekday) => t(`rituals.day.${day}`);

/**
 * "Every week on Monday and Thursday at 19:00": a rule and a local time in words; `hour` is the
 * hour the time shows (i18n/times.ts's `clockHour`), for languages that say "at" by it.
 */
export function describeSchedule(rrule: string, time: string, hour: number): string {
  const p = parts(rrule);
  const freq = p.get('FREQ');
  const interval = Number(p.get('INTERVAL') ?? '1');
  if (freq === 'DAILY' && interval === 1) return t('rituals.schedule.daily', { time, hour });
  if (freq === 'WEEKLY' && (interval === 1 || interval === 2)) {
    const days = (p.get('BYDAY') ?? '').split(',').filter(isWeekday);
    if (days.length > 0) {
      const params = {
        days: listFormat({ style: 'long', type: 'conjunction' }).format(days.map(dayName)),
        time,
        hour,
      };
      return interval === 1
        ? t('rituals.schedule.weekly', params)
        : t('rituals.schedule.everyOtherWeek', params);
    }
  }
  if (freq === 'MONTHLY' && interval === 1) return t('rituals.schedule.monthly', { time, hour });
  return t('rituals.schedule.other', { time, hour });
}
