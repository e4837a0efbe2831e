import { describe, expect, it } from 'vitest';
import { directionOf, isLocale, LOCALES, pickLocale } from './locales.ts';

describe('pickLocale', () => {
  it('takes the first language asked for that recipro speaks, by its language', () => {
    expect(pickLocale(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLocale(['ar-EG'])).toBe('ar');
    expect(pickLocale(['HI_in'])).toBe('hi');
    expect(pickLocale(['en-GB', 'es'])).toBe('en');
  });

  it('falls back to English when none matches or none is asked for', () => {
    expect(pickLocale(['fr', 'de-CH'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['', '*'])).toBe('en');
  });
});

describe('locales', () => {
  it('knows each language and its direction', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(null)).toBe(false);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('hi')).toBe('ltr');
  });
});
