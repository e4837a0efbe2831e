/**
 * The shape of a language's translation of one English part of the catalogue (en-*.ts): the same
 * keys, each an ICU MessageFormat message with the same placeholders (`i18n/catalogues.test.ts`
 * holds every language to both).
 */
export type CatalogueOf<T> = { readonly [K in keyof T]: string };
