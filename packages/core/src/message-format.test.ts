import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { MessageRenderer } from './message-format.ts';

describe('MessageRenderer', () => {
  const english = new MessageRenderer('en', 'ltr');
  const arabic = new MessageRenderer('ar', 'rtl');

  it('fills a plain message as ICU would, numbers as the language writes them', () => {
    const message = 'Keep it to {max} characters, {name}.';
    const params = { max: 2000, name: 'Sam' };
    expect(english.render('plain', message, params)).toBe('Keep it to 2,000 characters, Sam.');
    expect(english.render('parsed', parse(message, { ignoreTag: true }), params)).toBe(
      'Keep it to 2,000 characters, Sam.',
    );
  });

  it('picks plural forms by the language’s rules', () => {
    const message =
      '{count, plural, zero {none} one {one} two {two} few {few #} other {# of them}}';
    expect(arabic.render('plural', message, { count: 2 })).toBe('two');
    expect(arabic.render('plural', message, { count: 3 })).toBe(
      `few ${new Intl.NumberFormat('ar').format(3)}`,
    );
    expect(english.render('plural', message, { count: 1 })).toBe('one');
    expect(english.render('plural', message, { count: 1200 })).toBe('1,200 of them');
  });

  it('isolates a word written the other way from the sentence, never a select’s choice', () => {
    const message = '{kind, select, family {{name}’s family} other {{name}’s circle}}';
    expect(arabic.render('select', message, { kind: 'family', name: 'Noa' })).toBe(
      '\u2068Noa\u2069’s family',
    );
    expect(english.render('select', message, { kind: 'family', name: 'נועה' })).toBe(
      '\u2068נועה\u2069’s family',
    );
    expect(english.render('plain-rtl', 'Hello {name}', { name: 'Noa' })).toBe('Hello Noa');
  });

  it('refuses a plural picked by words rather than print "NaN"', () => {
    expect(() =>
      english.render('refused', '{max, plural, one {# letter} other {# letters}}', { max: 'ten' }),
    ).toThrow(/picks a plural/);
  });
});
