import { describe, expect, it } from 'vitest';
import { COUNSELLING, HELPLINES, INTERNATIONAL, counsellingFor, textTarget } from './helplines.ts';
import { countryFromLanguages } from './region.ts';

describe('countryFromLanguages', () => {
  it('takes the region of the first tag that names a listed country', () => {
    expect(countryFromLanguages(['en-GB', 'en'])).toBe('GB');
    expect(countryFromLanguages(['es-MX'])).toBe('MX');
    expect(countryFromLanguages(['pt-BR', 'en-IE'])).toBe('IE');
  });

  it('falls back to a language’s likeliest region, and else to none', () => {
    expect(countryFromLanguages(['de'])).toBe('DE');
    expect(countryFromLanguages(['fr'])).toBe('FR');
    expect(countryFromLanguages(['pt-BR'])).toBeUndefined();
    expect(countryFromLanguages(['not a tag'])).toBeUndefined();
    expect(countryFromLanguages([])).toBeUndefined();
  });
});

describe('the help line data', () => {
  it('covers the countries it promises, each line with a way to reach it and a source', () => {
    expect(HELPLINES.map((entry) => entry.country).sort()).toEqual(
      ['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'IN', 'MX', 'US'].sort(),
    );
    for (const line of [...HELPLINES.flatMap((entry) => entry.lines), ...INTERNATIONAL]) {
      expect(line.phone ?? line.url, line.name).toBeTruthy();
      expect(line.source, line.name).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/|$)/);
    }
    for (const entry of HELPLINES) expect(entry.emergency).toMatch(/^[0-9 /]+$/);
  });

  it('texts the number itself, however the text is written', () => {
    expect(textTarget('START to 88788')).toBe('88788');
    expect(textTarget('988')).toBe('988');
    expect(textTarget('0477 13 11 14')).toBe('0477131114');
    for (const line of HELPLINES.flatMap((entry) => entry.lines)) {
      if (line.text) expect(textTarget(line.text), line.name).toMatch(/^\+?[0-9]{3,}$/);
    }
  });
});

describe('the counselling data', () => {
  it('covers the countries it promises, each one a country the picker offers', () => {
    expect(COUNSELLING.map((entry) => entry.country).sort()).toEqual(
      ['AU', 'CA', 'DE', 'FR', 'GB', 'IE', 'US'].sort(),
    );
    const offered = HELPLINES.map((entry) => entry.country);
    for (const entry of COUNSELLING) expect(offered, entry.country).toContain(entry.country);
  });

  it('gives every place a name, a site and a source, once per country', () => {
    for (const entry of COUNSELLING) {
      expect(entry.lines.length, entry.country).toBeGreaterThan(0);
      const names = entry.lines.map((line) => line.name);
      expect(new Set(names).size, entry.country).toBe(names.length);
      for (const line of entry.lines) {
        expect(line.purpose, line.name).toBe('counselling');
        expect(line.url, line.name).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+$/);
        expect(line.source, line.name).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/|$)/);
      }
    }
  });

  it('finds a country’s places, and none for a country without any or no country', () => {
    expect(counsellingFor('IE').map((line) => line.name)).toEqual([
      'Accord Catholic Marriage Care Service',
      'Irish Association for Counselling and Psychotherapy',
    ]);
    expect(counsellingFor('ES')).toEqual([]);
    expect(counsellingFor(undefined)).toEqual([]);
  });
});
