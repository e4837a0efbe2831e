/** The browser's own IANA time zone (what a new ritual or reminder setting starts with). */
export const browserTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every time zone the browser knows, with `current` always among them. */
export function timeZones(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set([...known, 'UTC', current]);
  return [...all].sort((a, b) => a.localeCompare(b));
}
