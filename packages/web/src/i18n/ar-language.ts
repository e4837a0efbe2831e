/** Arabic messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const arLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'اللغة',
  'language.kept': 'تُحفَظ مع حسابك، على كل أجهزتك.',
  'language.notKept':
    'أصبح هذا الجهاز يعرض لغتك، لكن تعذّر حفظها في حسابك الآن. يُرجى اختيارها مرة أخرى بعد قليل.',
};
