/** Spanish messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const esLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'Idioma',
  'language.kept': 'Se guarda con tu cuenta, en todos tus dispositivos.',
  'language.notKept':
    'Este dispositivo ya usa tu idioma, pero tu cuenta no pudo guardarlo ahora. Vuelve a elegirlo en un momento.',
  'culture.note':
    'Cada familia y cada cultura muestra el cuidado a su manera: con hechos, con palabras, con lealtad, siendo de fiar, dando espacio. Todas cuentan.',
  'instrument.inEnglish.published':
    'Estas preguntas se muestran en inglés, con las palabras de sus autores: recipro aún no tiene una traducción validada al {language} de este cuestionario.',
  'instrument.inEnglish.own':
    'Estas preguntas todavía están en inglés; su versión en {language} llegará pronto.',
};
