/**
 * The one rule for times in the app: a time is shown in its own zone, named ("9:30 PM Israel
 * Time"), and, when the viewer's clock reads differently at that moment, also in the viewer's
 * ("… (7:30 PM United Kingdom Time for you)"). Zones are named in words, never as raw IANA ids.
 */
import { dateTimeFormat, t } from './index.ts';

/** The current language's formatter for `options` in `zone` (kept, see i18n/formats.ts). */
const formatter = (zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dateTimeFormat({ ...options, timeZone: zone });

function part(zone: string, at: Date, options: Intl.DateTimeFormatOptions, type: string): string {
  return (
    formatter(zone, options)
      .formatToParts(at)
      .find((p) => p.type === type)?.value ?? ''
  );
}

/** "UTC+2", "UTC−3:30", "UTC+0": the zone's offset from UTC at `at`. */
export function zoneOffset(zone: string, at: Date): string {
  const raw = part(zone, at, { timeZoneName: 'shortOffset' }, 'timeZoneName');
  const offset = raw.replace(/^GMT/, '').replace('-', '−');
  return `UTC${offset === '' ? '+0' : offset}`;
}

const isOffsetName = (name: string) => name === '' || /^(GMT|UTC)([+-−]|$)/.test(name);

/** The place of a zone: "Jerusalem", "Buenos Aires", "UTC"; an offset for Etc/GMT±N zones. */
export function zoneCity(zone: string, at: Date): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  if (zone.startsWith('Etc/')) return zoneOffset(zone, at);
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/**
 * A zone in words: "Israel Time", "Eastern Time", "Coordinated Universal Time"; where the
 * browser has no name for it, the place's time ("Jerusalem time") or its offset.
 */
export function zoneName(zone: string, at: Date): string {
  const generic = part(zone, at, { timeZoneName: 'longGeneric' }, 'timeZoneName');
  if (!isOffsetName(generic)) return generic;
  const long = part(zone, at, { timeZoneName: 'long' }, 'timeZoneName');
  if (!isOffsetName(long)) return long;
  return zone.startsWith('Etc/')
    ? zoneOffset(zone, at)
    : t('time.cityTime', { city: zoneCity(zone, at) });
}

/** "Jerusalem — Israel Time (UTC+2)": how the time-zone picker names a zone. */
export function zoneLabel(zone: string, at: Date): string {
  const city = zoneCity(zone, at);
  const name = zoneName(zone, at);
  const offset = zoneOffset(zone, at);
  if (city === offset) return city;
  return name === city || name === offset ? `${city} (${offset})` : `${city} — ${name} (${offset})`;
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };

/** "9:30 PM": the clock time in `zone` at `at`. */
export const clockTime = (at: Date, zone: string): string => formatter(zone, TIME).format(at);

/**
 * The hour `clockTime` shows (9 for "9:30 PM", 21 for "21:30"), passed as `{hour}` beside a
 * `{time}`: some languages say the words before a time by it (Spanish "a la 1:30", "a las 2:30").
 */
export const clockHour = (at: Date, zone: string): number =>
  Number(part(zone, at, TIME, 'hour').replace(/\D/g, ''));

const sameClock = (at: Date, a: string, b: string) =>
  a === b ||
  formatter(a, { ...TIME, ...DAY }).format(at) === formatter(b, { ...TIME, ...DAY }).format(at);

/**
 * A time of day by the rule: "9:30 PM Israel Time", and when the viewer's clock differs,
 * "9:30 PM Israel Time (7:30 PM United Kingdom Time for you)" — with the viewer's weekday
 * when it is another day there.
 */
export function zonedTime(at: Date, zone: string, viewerZone: string): string {
  const own = t('time.inZone', { time: clockTime(at, zone), zone: zoneName(zone, at) });
  if (sameClock(at, zone, viewerZone)) return own;
  const otherDay =
    formatter(zone, WEEKDAY).format(at) !== formatter(viewerZone, WEEKDAY).format(at);
  const viewer = t('time.inZone', {
    time: otherDay
      ? `${formatter(viewerZone, WEEKDAY).format(at)} ${clockTime(at, viewerZone)}`
      : clockTime(at, viewerZone),
    zone: zoneName(viewerZone, at),
  });
  return t('time.forYou', { own, viewer });
}

/**
 * A moment by the rule, with its day: "Friday, December 5 at 9:30 PM Israel Time (7:30 PM
 * United Kingdom Time for you)".
 */
export function zonedDateTime(at: Date, zone: string, viewerZone: string): string {
  return t('time.dayAt', {
    day: formatter(zone, DAY).format(at),
    time: zonedTime(at, zone, viewerZone),
  });
}

/** The wall-clock reading of `at` in `zone`, as if it were UTC (for offset arithmetic). */
function wallAsUtc(at: Date, zone: string): number {
  const p = formatter(zone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const n = (type: string) => Number(p.find((x) => x.type === type)?.value ?? 0);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/**
 * The moment at which the clock in `zone` reads `time` ("21:30") on the day that `near` falls
 * on there: what a ritual's daily time means in another zone on that day.
 */
export function momentOf(time: string, zone: string, near: Date): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wall = new Date(wallAsUtc(near, zone));
  const target = Date.UTC(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    hours,
    minutes,
  );
  // Two passes settle the offset around a change of clocks.
  let guess = target - (wallAsUtc(new Date(target), zone) - target);
  guess = target - (wallAsUtc(new Date(guess), zone) - guess);
  return new Date(guess);
}
