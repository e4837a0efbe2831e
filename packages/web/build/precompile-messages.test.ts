import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { precompileMessages } from './precompile-messages.ts';

/** The plugin's transform, called as the build calls it. */
function transform(code: string, id: string): string | null {
  const hook = precompileMessages().transform;
  const run = (typeof hook === 'function' ? hook : hook!.handler) as (
    code: string,
    id: string,
  ) => { code: string } | null;
  return run.call({}, code, id)?.code ?? null;
}

const FILE = '/app/packages/web/src/i18n/es-load.ts';

describe('precompileMessages', () => {
  it('compiles a plural message and leaves plain ones as text', () => {
    const code = [
      'export const esLoad = {',
      "  'a.plain': 'Hola, {name}',",
      "  'a.plural':",
      "    '{count, plural, one {# cosa} other {# cosas de {name}}}',",
      "  'a.quote': 'It\\'s {name}\\'s',",
      '};',
    ].join('\n');
    const out = transform(code, FILE)!;
    expect(out).toContain("'a.plain': 'Hola, {name}',");
    expect(out).toContain("'a.quote': 'It\\'s {name}\\'s',");
    const compiled = JSON.stringify(
      parse('{count, plural, one {# cosa} other {# cosas de {name}}}', { ignoreTag: true }),
    );
    expect(out).toContain(`'a.plural':\n    ${compiled},`);
  });

  it('leaves files other than the catalogues alone', () => {
    expect(transform("const a = { b: '{count, plural, other {#}}' };", '/app/src/x.ts')).toBeNull();
  });

  it('fails the build on a message that does not parse, naming it', () => {
    expect(() => transform("export const x = { 'k': '{count, plural, one {#}' };", FILE)).toThrow(
      /es-load\.ts: the message '\{count, plural, one \{#\}' does not parse/,
    );
  });
});
