import { dateTimeFormat, t } from '../i18n/index.ts';

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };

/**
 * When to come back, as a person says it: the time alone on the same day ("18:30"), else with
 * the weekday ("Friday 09:00"), in the reader's own time zone.
 */
export function comeBackTime(iso: string, now: number = Date.now()): string {
  const at = new Date(iso);
  const clock = dateTimeFormat(TIME);
  const time = clock.format(at);
  // The hour the time shows: Spanish says "hacia la 1:30", "hacia las 2:30".
  const hour = Number(clock.formatToParts(at).find((p) => p.type === 'hour')?.value ?? NaN);
  return at.toDateString() === new Date(now).toDateString()
    ? t('repairGuide.when.today', { time, hour })
    : t('repairGuide.when.day', { day: dateTimeFormat(WEEKDAY).format(at), time, hour });
}
