import { t, tn } from '../i18n/index.ts';

/** A span of time in plain words: "less than a minute", "5 minutes", "3 hours", "2 days". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return t('duration.underMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return tn('duration.minutes', minutes);
  const hours = Math.round(seconds / 3600);
  if (hours < 48) return tn('duration.hours', hours);
  return tn('duration.days', Math.round(seconds / 86400));
}

export { formatPercent } from '../i18n/index.ts';
