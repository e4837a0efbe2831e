/** Spanish messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const esLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'Idioma',
  'language.kept': 'Se guarda con tu cuenta, en todos tus dispositivos.',
  'language.notKept':
    'Este dispositivo ya usa tu idioma, pero tu cuenta no pudo guardarlo ahora. Vuelve a elegirlo en un momento.',
};
