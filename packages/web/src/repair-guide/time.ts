import { dateTimeFormat } from '../i18n/index.ts';

const TIME_ONLY: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  hour: 'numeric',
  minute: '2-digit',
};

/**
 * When to come back, as a person says it: the time alone on the same day ("18:30"), else with
 * the weekday ("Friday 09:00"), in the reader's own time zone.
 */
export function comeBackTime(iso: string, now: number = Date.now()): string {
  const at = new Date(iso);
  return at.toDateString() === new Date(now).toDateString()
    ? dateTimeFormat(TIME_ONLY).format(at)
    : dateTimeFormat(DAY_AND_TIME).format(at);
}
