/** Arabic messages of choosing a language: the translation of en-language.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLanguage } from './en-language.ts';

export const arLanguage: CatalogueOf<typeof enLanguage> = {
  'language.label': 'اللغة',
  'language.kept': 'تُحفَظ مع حسابك، على كل أجهزتك.',
  'language.notKept':
    'أصبح هذا الجهاز يعرض لغتك، لكن تعذّر حفظها في حسابك الآن. يُرجى اختيارها مرة أخرى بعد قليل.',
  'culture.note':
    'تُظهر كل عائلة وكل ثقافة الاهتمام بطريقتها: بالأفعال أو بالكلمات أو بالوفاء أو بأن يكون المرء أهلًا للاعتماد عليه أو بترك مساحة. وكلها لها قيمتها.',
  'instrument.inEnglish.published':
    'تظهر هذه الأسئلة بالإنجليزية، بكلمات مؤلفيها: لا تتوفر في recipro بعدُ ترجمة مُختبَرة لهذا الاستبيان إلى {language}.',
  'instrument.inEnglish.own':
    'هذه الأسئلة ما تزال بالإنجليزية، وستتوفر قريبًا بهذه اللغة: {language}.',
};
