import { describe, expect, it } from 'vitest';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { installCatalogue } from '../i18n/index.ts';
import { catalogueTitle, responsibilityTitle } from './titles.ts';

describe('a responsibility’s title', () => {
  it('follows the reader’s language when it came from the common list unchanged', () => {
    installCatalogue('es', es);
    try {
      const title = completeCatalogues.es['responsibility.cooking'];
      expect(title).toBeTruthy();
      expect(title).not.toBe('Cooking meals');
      expect(responsibilityTitle({ title: 'Cooking meals', catalogueId: 'cooking' })).toBe(title);
      expect(catalogueTitle('cooking', 'Cooking meals')).toBe(title);
    } finally {
      installCatalogue('en', en);
    }
    expect(responsibilityTitle({ title: 'Cooking meals', catalogueId: 'cooking' })).toBe(
      'Cooking meals',
    );
  });

  it('stays exactly as a person wrote it when they named or renamed it', () => {
    installCatalogue('es', es);
    try {
      expect(responsibilityTitle({ title: 'Cocinar los domingos', catalogueId: 'cooking' })).toBe(
        'Cocinar los domingos',
      );
      expect(responsibilityTitle({ title: 'Walk Rex', catalogueId: null })).toBe('Walk Rex');
    } finally {
      installCatalogue('en', en);
    }
  });
});
