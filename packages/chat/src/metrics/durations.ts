/** Parses `90s`, `30m`, `6h`, `2d` (or a bare number of seconds) into seconds; null if malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]);
  const unit = m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : m[2] === 'd' ? 86_400 : 1;
  const seconds = value * unit;
  return seconds > 0 && Number.isFinite(seconds) ? seconds : null;
}

/** The shortest label for a number of seconds: `6h`, `90m`, `45s`, `2d`. */
export function durationLabel(seconds: number): string {
  if (seconds % 86_400 === 0 && seconds > 2 * 86_400) return `${seconds / 86_400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
