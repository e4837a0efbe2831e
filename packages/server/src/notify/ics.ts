import type { Locale } from '@recipro/core';

/** A minimal iCalendar (RFC 5545) writer for the members' ritual feeds. */
export interface CalendarEvent {
  readonly uid: string;
  readonly start: number;
  readonly minutes: number;
  readonly summary: string;
  readonly description: string;
}

const stamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A TEXT value as RFC 5545 (§3.3.11) writes it: backslash, semicolon and comma escaped, each
 * line break (CRLF or LF) as `\n`, and every other control character (a bare CR, NUL, the C0
 * and C1 controls and DEL; a tab stays) left out, so no value can start a line of its own.
 */
export function icsText(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this leaves out
  return value.replace(/\r\n|[\\;,\n]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) =>
    ch === '\r\n' || ch === '\n' ? '\\n' : ch === '\\' || ch === ';' || ch === ',' ? `\\${ch}` : '',
  );
}

/**
 * Folds a content line longer than 75 octets (RFC 5545 §3.1): each continuation line starts
 * with a space and holds at most 74 more octets, and a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * A calendar of events given in UTC (each occurrence expanded by the server, so time zones and
 * daylight saving are already resolved and no VTIMEZONE is needed). `language` is the language
 * of each description (RFC 5545 §3.2.10, LANGUAGE); a summary is a title someone wrote, in
 * whatever language they wrote it, so it says none.
 */
export function icsCalendar(
  name: string,
  events: readonly CalendarEvent[],
  now: number,
  language?: Locale,
): string {
  const described = language ? `DESCRIPTION;LANGUAGE=${language}` : 'DESCRIPTION';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//recipro//rituals//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(name)}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.start + e.minutes * 60_000)}`,
      `SUMMARY:${icsText(e.summary)}`,
      `${described}:${icsText(e.description)}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
