import { zoneLabel } from '../i18n/times.ts';

/** The browser's own IANA time zone (what a new ritual or reminder setting starts with). */
export const browserTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A zone as the picker offers it: "Jerusalem — Israel Time (UTC+2)", found by its words. */
export interface ZoneOption {
  readonly zone: string;
  readonly label: string;
  /** The label and the IANA id, lower case and without accents, for searching. */
  readonly words: string;
}

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Every time zone the browser knows, with `current` always among them: the viewer's own zone
 * first, then by place name.
 */
export function zoneOptions(current: string, viewer: string, at: Date): ZoneOption[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = [...new Set([...known, 'UTC', current, viewer])];
  const options = zones.map((zone) => {
    const label = zoneLabel(zone, at);
    return { zone, label, words: plain(`${label} ${zone.replaceAll('_', ' ')}`) };
  });
  const rest = options
    .filter((o) => o.zone !== viewer)
    .sort((a, b) => a.label.localeCompare(b.label));
  return [...options.filter((o) => o.zone === viewer), ...rest];
}

/** The options whose words hold every word typed, in their order ("isr", "new york", "utc+5"). */
export function filterZones(options: readonly ZoneOption[], text: string): ZoneOption[] {
  const words = plain(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  // Offsets are written with a minus sign (−); a typed hyphen finds them too.
  const found = (o: ZoneOption, w: string) =>
    o.words.includes(w) || o.words.includes(w.replaceAll('-', '−'));
  return options.filter((o) => words.every((w) => found(o, w)));
}
