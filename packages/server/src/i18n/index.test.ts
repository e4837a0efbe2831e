import { describe, expect, it, vi } from 'vitest';
import { translate, wordsFor } from './index.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('the server’s words in a person’s language', () => {
  it('speaks English to someone who never chose a language', () => {
    expect(wordsFor(null)).toBe(wordsFor('en'));
    expect(wordsFor(null)).toMatchObject({ locale: 'en', direction: 'ltr' });
    expect(translate(null, 'mail.hello', { name: 'Ben' })).toBe('Hello Ben,');
    expect(wordsFor('ar')).toMatchObject({ locale: 'ar', direction: 'rtl' });
  });

  it('picks the plural form of the language, and writes the number as it does', () => {
    const bundle = (locale: 'en' | 'es' | 'hi' | 'ar', count: number) =>
      translate(locale, 'update.bundle.body', { count, where: 'X' });
    expect(bundle('en', 1)).toBe('1 update waits for you in X.');
    expect(bundle('en', 1234)).toBe('1,234 updates wait for you in X.');
    expect(bundle('es', 1)).toBe('1 novedad te espera en X.');
    expect(bundle('es', 3)).toBe('3 novedades te esperan en X.');
    expect(bundle('hi', 1)).toBe('X में 1 अपडेट आपका इंतज़ार कर रहा है।');
    expect(bundle('hi', 100000)).toBe('X में 1,00,000 अपडेट आपका इंतज़ार कर रहे हैं।');
    // Arabic: one, two, few (3–10), many (11–99), other (100…), each its own.
    const inX = `في ${FSI}X${PDI}.`;
    expect(bundle('ar', 1)).toBe(`مستجدّ واحد بانتظارك ${inX}`);
    expect(bundle('ar', 2)).toBe(`مستجدّان بانتظارك ${inX}`);
    expect(bundle('ar', 3)).toBe(`3 مستجدّات بانتظارك ${inX}`);
    expect(bundle('ar', 11)).toBe(`11 مستجدًّا بانتظارك ${inX}`);
    expect(bundle('ar', 100)).toBe(`100 مستجدّ بانتظارك ${inX}`);
  });

  it('isolates a name that runs the other way from the sentence, and only such a name', () => {
    expect(translate('ar', 'mail.hello', { name: 'Ben' })).toBe(`مرحبًا ${FSI}Ben${PDI}،`);
    expect(translate('ar', 'mail.hello', { name: 'سارة' })).toBe('مرحبًا سارة،');
    expect(translate('en', 'mail.hello', { name: 'سارة' })).toBe(`Hello ${FSI}سارة${PDI},`);
    expect(translate('es', 'mail.hello', { name: 'Ben' })).toBe('Hola, Ben:');
  });

  it('joins names as the language does, each isolated on its own', () => {
    expect(wordsFor('en').list(['Asha & Ben', 'The Lins'])).toBe('Asha & Ben and The Lins');
    expect(wordsFor('es').list(['Asha & Ben', 'The Lins'])).toBe('Asha & Ben y The Lins');
    const arabic = wordsFor('ar').list(['Asha & Ben', 'The Lins']);
    expect(arabic).toBe(`${FSI}Asha & Ben${PDI} و${FSI}The Lins${PDI}`);
    // Filled into a sentence, the list is not isolated a second time.
    expect(translate('ar', 'update.bundle.body', { count: 2, where: arabic })).toBe(
      `مستجدّان بانتظارك في ${arabic}.`,
    );
  });

  it('never throws: a message that cannot be rendered, in English either, warns and says its key', () => {
    const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    // A count given as words cannot pick a plural form, in any language.
    expect(translate('es', 'update.bundle.body', { count: 'two', where: 'X' })).toBe(
      'update.bundle.body',
    );
    expect(warned).toHaveBeenCalled();
  });
});
