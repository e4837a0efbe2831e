import { HELPLINES } from './helplines.ts';

/**
 * The country whose help lines to show first, from the browser's languages ("en-GB" → GB).
 * A tag with a region wins; a bare language ("de") falls back to its likeliest region. Returns
 * undefined when no language points to a country in the list (the page then asks).
 */
export function countryFromLanguages(languages: readonly string[]): string | undefined {
  const known = new Set(HELPLINES.map((entry) => entry.country));
  const regionOf = (tag: string, guess: boolean): string | undefined => {
    try {
      const locale = new Intl.Locale(tag);
      return (guess ? locale.maximize() : locale).region;
    } catch {
      return undefined;
    }
  };
  for (const guess of [false, true]) {
    for (const tag of languages) {
      const region = regionOf(tag, guess);
      if (region && known.has(region)) return region;
    }
  }
  return undefined;
}

/** The browser's languages, most preferred first. */
export const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];
