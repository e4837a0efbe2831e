/** Arabic messages of a question a day (the home card and the question screen): the translation of en-questions.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enQuestions } from './en-questions.ts';

export const arQuestions: CatalogueOf<typeof enQuestions> = {
  'question.title': 'سؤال اليوم',
  'question.newer': 'هذا السؤال أحدث من هذه الصفحة. أعد تحميل الصفحة لتقرأه.',
  'question.card.intro': 'سؤال صغير كل يوم. الإجابة على انفراد، والقراءة معًا.',
  'question.card.answer': 'الإجابة عن سؤال اليوم',
  'question.card.read': 'قراءة الإجابات معًا',
  'question.card.open': 'فتح سؤال اليوم',
  'question.intro':
    'الإجابة على انفراد. لا يرى أحدٌ إجابة أحد حتى يجيب الجميع؛ وبعدها تقرؤونها معًا.',
  'question.newEachDay': 'يصل سؤال جديد كل يوم عند {time}.',
  'question.theme.exchanges': 'ما نقدّمه بعضنا لبعض',
  'question.theme.values': 'القيم والاحترام',
  'question.theme.culture': 'من أين جئنا',
  'question.theme.care': 'أن نحظى بالاهتمام',
  'question.theme.memories': 'ذكريات',
  'question.theme.hopes': 'آمال',
  'question.theme.appreciation': 'التقدير',
  'question.theme.repair': 'الإصلاح',
  'question.depth.light': 'سؤال خفيف',
  'question.depth.deeper': 'سؤال أعمق',
  'question.about': '{theme} · {depth}',

  'question.answer.label': 'إجابتك',
  'question.answer.hint': 'لا يراها أحد سواك حتى يجيب الجميع.',
  'question.answer.late':
    'انضممت بعد طرح سؤال اليوم. يمكنك الإجابة إن شئت: وستظهر لك الإجابات بعد إجابتك.',
  'question.answer.required': 'يُرجى كتابة بضع كلمات أولًا: حتى سطر واحد يكفي.',
  'question.answer.submit': 'مشاركة إجابتي',
  'question.answer.pending': 'جارٍ المشاركة…',
  'question.answer.changed':
    'تغيّر سؤال اليوم قبل وصول إجابتك (طلب أحدهم سؤالًا آخر، أو بدأ يوم جديد)، لذا لم يُحفَظ شيء. هذا هو السؤال كما هو الآن.',
  'question.answer.already': 'سبق أن أجبت عن سؤال اليوم.',
  'question.answer.yours': 'إجابتك',

  'question.swap.button': 'سؤال آخر',
  'question.swap.pending': 'جارٍ الاختيار…',
  'question.swap.hint':
    'ليس السؤال المناسب لهذا اليوم؟ يمكن لأي أحد طلب سؤال آخر، مرة واحدة في اليوم، قبل أن يجيب أحد.',
  'question.swap.done': 'هذا سؤال آخر لهذا اليوم.',
  'question.swap.refused': 'يبقى سؤال اليوم كما هو: فقد سبق اختيار سؤال آخر، أو أجاب عنه أحدهم.',
  'question.swapped': 'اختير عبر «سؤال آخر».',

  'question.answered.none': 'لم يُجب أحد بعد.',
  'question.answered.onlyYou': 'وصلت إجابتك.',
  'question.answered.withYou': 'وصلت إجاباتكم: {names}.',
  'question.answered.one': 'وصلت إجابة {name}.',
  'question.answered.many': 'وصلت إجابات {names}.',
  'question.waiting': 'بانتظار {names}. تظهر الإجابات معًا حين يجيب الجميع.',
  'question.waiting.card': 'بانتظار {names}.',
  'question.refresh': 'التحقّق من جديد',
  'question.you': 'أنت',

  'question.revealed.title': 'إجاباتكم، معًا',
  'question.revealed.intro': 'أجاب الجميع. خذوا وقتكم في قراءتها، وفي السؤال عنها.',

  'question.past.title': 'أيام سابقة',
  'question.past.intro': 'أيام قرأتم إجاباتها معًا.',
  'question.past.empty': 'ستُحفظ هنا الأيام التي شارك فيها الجميع إجاباتهم، لتعودوا إليها معًا.',
  'question.past.older': 'عرض أيام أقدم',
  'question.past.loadingOlder': 'جارٍ تحميل أيام أقدم…',
  'question.past.noOlder': 'هذه كل الأيام حتى الآن.',
};
