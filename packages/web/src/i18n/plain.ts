/**
 * Most messages have no ICU syntax beyond `{name}` placeholders: those are filled by replacing
 * each placeholder, which gives exactly what ICU MessageFormat would, without parsing. The build
 * leaves such messages as text and compiles every other one ahead of time (vite.config.ts), so
 * the app ships without the message parser.
 */

/** True when `{name}` placeholders are the message's only syntax, and no apostrophe quotes. */
export const isPlain = (message: string): boolean =>
  !/[{}]/.test(message.replace(/\{\w+\}/g, '')) && !/'[{}']/.test(message);

/** A plain message with each `{name}` replaced by `value(name)`; unknown names stay as written. */
export const fillPlain = (message: string, value: (name: string) => string | undefined): string =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);
