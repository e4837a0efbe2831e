/** Hindi messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const hiLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'भाषा',
  'language.kept': 'आपके अकाउंट के साथ सहेजी जाती है, हर डिवाइस पर।',
  'language.notKept':
    'यह डिवाइस अब आपकी भाषा में है, पर आपका अकाउंट इसे अभी सहेज नहीं सका। कृपया थोड़ी देर में इसे फिर से चुनें।',
};
