/** Hindi messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const hiLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'भाषा',
  'language.kept': 'आपके अकाउंट के साथ सहेजी जाती है, हर डिवाइस पर।',
  'language.notKept':
    'यह डिवाइस अब आपकी भाषा में है, पर आपका अकाउंट इसे अभी सहेज नहीं सका। कृपया थोड़ी देर में इसे फिर से चुनें।',
  'culture.note':
    'हर परिवार और हर संस्कृति देखभाल अपने ढंग से दिखाती है: काम से, शब्दों से, वफ़ादारी से, भरोसेमंद रहकर, या जगह देकर। ये सब मायने रखते हैं।',
  'instrument.inEnglish.published':
    'ये प्रश्न अंग्रेज़ी में, इनके लेखकों के शब्दों में दिखाए जाते हैं: recipro के पास अभी इस प्रश्नावली का परखा हुआ {language} अनुवाद नहीं है।',
  'instrument.inEnglish.own': 'ये प्रश्न अभी अंग्रेज़ी में हैं; इनका {language} रूप जल्द आएगा।',
};
