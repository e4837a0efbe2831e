import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
// By path, not by package name: the build's config loads this file in Node, without TypeScript.
import { isPlain } from '../../core/src/message-format.ts';

/** A language's catalogue file: i18n/en.ts, i18n/es-load.ts, i18n/ar-guide-bodies.ts … */
const CATALOGUE = /\/src\/i18n\/[a-z]{2}(-[a-z-]+)?\.ts$/;
/** A message: a single-quoted string that is a property's value. */
const VALUE = /(:\s*)'((?:[^'\\\n]|\\.)*)'/g;

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
const unescape = (body: string): string =>
  body.replace(/\\(.)/g, (_, char: string) => ESCAPES[char] ?? char);

/**
 * Compiles the messages of the catalogue files ahead of time: a message with ICU syntax beyond
 * `{name}` placeholders (a plural, a select) becomes the parsed form intl-messageformat takes;
 * plain messages stay text (core's message-format.ts fills them). The app then needs no message parser,
 * and the build imports the parser's no-parser build instead (see vite.config.ts). A message
 * that does not parse fails the build, naming it.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'recipro-precompile-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const out = code.replace(VALUE, (whole, colon: string, body: string) => {
        const message = unescape(body);
        if (isPlain(message)) return whole;
        try {
          return `${colon}${JSON.stringify(parse(message, { ignoreTag: true }))}`;
        } catch (error) {
          throw new Error(`${id}: the message '${message}' does not parse (${String(error)})`);
        }
      });
      return { code: out, map: null };
    },
  };
}
