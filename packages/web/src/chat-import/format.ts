/** Intl-based formatting for the import page: file sizes, durations, weeks and lists. */
import type { DateOrder, ParticipantReport } from '@recipro/chat';
import { andList, dateTimeFormat, numberFormat, t, tn } from '../i18n/index.ts';
import { MAX_CHAT_BYTES, type ImportErrorCode } from './protocol.ts';

const unit = (name: string, digits = 0) =>
  numberFormat({
    style: 'unit',
    unit: name,
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  });

const KB = 1024;
const MB = 1024 * 1024;

/** "840 bytes", "12.5 kilobytes", "3.2 megabytes". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return unit('byte').format(bytes);
  if (bytes < MB) return unit('kilobyte', 1).format(bytes / KB);
  return unit('megabyte', 1).format(bytes / MB);
}

/** A rounded, human duration: "40 seconds", "7 minutes", "3 hours", "2 days". */
export function formatDuration(seconds: number): string {
  if (seconds < 90) return unit('second').format(Math.round(seconds));
  if (seconds < 90 * 60) return unit('minute').format(Math.round(seconds / 60));
  if (seconds < 36 * 3600) return unit('hour').format(Math.round(seconds / 3600));
  return unit('day').format(Math.round(seconds / 86_400));
}

const dayFormat = () => dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A report's time as a date. Times without a zone are the export's own wall clock, so they are
 * read and shown as UTC to keep the date as written.
 */
export function formatChatDate(iso: string): string {
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(iso);
  return dayFormat().format(new Date(zoned ? iso : `${iso}Z`));
}

/** A week's Monday (`YYYY-MM-DD`) as a date. */
export const formatWeek = (monday: string): string =>
  dayFormat().format(new Date(`${monday}T00:00:00Z`));

export const formatList = (items: readonly string[]): string => andList(items);

export const dateOrderLabel = (order: DateOrder): string => t(`chat.dateOrder.${order}`);

/** The one friendly sentence for a file that could not be read. */
export const errorText = (code: ImportErrorCode): string =>
  t(`chat.error.${code}`, { max: formatBytes(MAX_CHAT_BYTES) });

/** The people of a chart: at most `limit`, and how many more there are. */
export function topPeople(people: readonly ParticipantReport[], limit: number) {
  return { shown: people.slice(0, limit), more: Math.max(0, people.length - limit) };
}

export const peopleCount = (count: number): string => tn('chat.report.people', count);
