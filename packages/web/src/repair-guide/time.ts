import { LOCALE } from '../i18n/index.ts';

const timeOnly = new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  hour: 'numeric',
  minute: '2-digit',
});

/**
 * When to come back, as a person says it: the time alone on the same day ("18:30"), else with
 * the weekday ("Friday 09:00"), in the reader's own time zone.
 */
export function comeBackTime(iso: string, now: number = Date.now()): string {
  const at = new Date(iso);
  return at.toDateString() === new Date(now).toDateString()
    ? timeOnly.format(at)
    : dayAndTime.format(at);
}
