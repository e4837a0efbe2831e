/** Arabic words of the dashboard's insights: the translation of en-insights.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enInsights } from './en-insights.ts';

/*
 * Glossary as in ar-load.ts: care → الاهتمام · act of care → لفتة اهتمام (pl. لفتات) · circle →
 * دائرة · check-in → جولة اطمئنان · season → مرحلة · rhythm → إيقاع · noticed → لوحظ («لاحظتُ»)
 * · effort → جهد. People named by a placeholder never take a gendered verb or pronoun: the
 * sentence is built around a noun («لدى {who} …», «ما يصل من {a} إلى {b}»), a passive, or the
 * dual («بينهما»), and the two of a pair are «الطرفان».
 */
export const arInsights: CatalogueOf<typeof enInsights> = {
  'insight.period.7': 'في الأيام السبعة الأخيرة',
  'insight.period.30': 'في الأيام الثلاثين الأخيرة',
  'insight.period.90': 'في الأيام التسعين الأخيرة',
  'insight.period.decay': 'مؤخرًا',
  'insight.period.opening.7': 'في الأيام السبعة الأخيرة',
  'insight.period.opening.30': 'في الأيام الثلاثين الأخيرة',
  'insight.period.opening.90': 'في الأيام التسعين الأخيرة',
  'insight.period.opening.decay': 'مؤخرًا',

  'insight.thin_data.none':
    'لم تُسجَّل أي لفتة اهتمام {period} بعد. وحين تُسجَّل بضع لفتات صغيرة، سيبدأ إيقاع بالظهور.',
  'insight.thin_data.few':
    'لم يُسجَّل {period} {count, plural, zero {أي لفتة اهتمام} one {إلا {about, select, yes {نحو } other {}}لفتة اهتمام واحدة} two {إلا {about, select, yes {نحو } other {}}لفتتا اهتمام} few {إلا {about, select, yes {نحو } other {}}# لفتات اهتمام} many {إلا {about, select, yes {نحو } other {}}# لفتة اهتمام} other {إلا {about, select, yes {نحو } other {}}# لفتة اهتمام}}، وهذا أقل من أن يظهر منه إيقاع بعد. بضعة أسابيع أخرى من التسجيلات الصغيرة ستجعل هذه الصورة أوضح.',
  'insight.pair_thin':
    'لم يُسجَّل {period} بين {a} و{b} إلا القليل من لفتات الاهتمام، لذلك لا يظهر إيقاع بينهما بعد.',
  'insight.season':
    'لدى {who} {season, select, illness {وعكة صحية} new_baby {مولود جديد} exams {فترة امتحانات} grief {فترة فقد وحزن} move {انتقال إلى مكان جديد} work {فترة ضغط في العمل} caregiving {مسؤولية رعاية شخص ما} other {فترة مرهقة}} — وهي مرحلة يُتوقَّع فيها أن يقلّ العطاء. وأن يتجه الاهتمام الآن في الغالب نحو {who} جزءٌ من الإيقاع بين {a} و{b}.',
  'insight.in_rhythm': '{a} و{b} في إيقاع واحد: سرى الاهتمام في الاتجاهين {period}.',
  'insight.leaning':
    '{period}، مال الاهتمام بين {a} و{b} إلى جهة واحدة. {circle, select, couple {قد يستحق الأمر نظرة هادئة معًا إلى ما يحتاجه كلٌّ منكما الآن.} family {قد يستحق الأمر نظرة هادئة، كعائلة، إلى ما يحتاجه كل فرد الآن.} friends {قد يستحق الأمر نظرة هادئة إلى ما يحتاجه كل طرف في هذه الصداقة الآن.} other {قد يستحق الأمر نظرة هادئة إلى ما يحتاجه كل شخص من الفريق الآن.}}',
  'insight.one_sided':
    '{period}، جاء معظم الاهتمام بين {a} و{b} من جهة واحدة. {circle, select, couple {قد تساعدكما جولة اطمئنان هادئة معًا على إيجاد إيقاع يريح كليكما.} family {قد تساعد جولة اطمئنان عائلية هادئة على إيجاد إيقاع يريح الطرفين.} friends {قد يساعد لقاء ودّي بسيط على إيجاد إيقاع يريح الطرفين.} other {قد تساعد جولة اطمئنان قصيرة في الفريق على إيجاد إيقاع يناسب الطرفين.}}',
  'insight.pattern.negative':
    '{weeks, plural, zero {خلال الأسابيع الأخيرة} one {خلال الأسبوع الأخير} two {خلال الأسبوعين الأخيرين} few {خلال آخر # أسابيع} many {خلال آخر # أسبوعًا} other {خلال آخر # أسبوع}}، سرى الاهتمام بين {a} و{b} في الغالب في اتجاه واحد، ولم يُعلَّم إلا القليل منه على أنه لوحظ. {circle, select, couple {قد تكون هذه لحظة مناسبة للحديث عمّا يحتاجه كلٌّ منكما.} family {قد تكون هذه لحظة مناسبة لتتحدث العائلة عمّا يحتاجه كل فرد فيها.} friends {قد تكون هذه لحظة مناسبة لحديث ودّي عمّا يحتاجه كل طرف.} other {قد تكون هذه لحظة مناسبة ليتحدث الفريق عمّا يحتاجه كل شخص فيه.}}',
  'insight.pattern.generalized':
    'سرى الاهتمام بين {a} و{b} مؤخرًا في الغالب في اتجاه واحد — {circle, select, couple {ذلك العطاء السخي الذي يتبادله المقرّبون} family {ذلك العطاء السخي الذي كثيرًا ما تعرفه العائلات} friends {ذلك العطاء السخي الذي كثيرًا ما تعرفه الصداقات الطيبة} other {ذلك العون السخي الذي كثيرًا ما يُقدَّم في الفرق الجيدة}}. ويبقى صحيًا ما دام مريحًا للطرفين.',
  'insight.noticed':
    '{period}، لم يُعلَّم بعدُ كثيرٌ من الاهتمام بين {a} و{b} على أنه لوحظ. وضغطة سريعة على «لاحظتُ» طريقة صغيرة لإبقاء الاهتمام مرئيًا.',
  'insight.initiations':
    '{period}، حين عاد التواصل بين {a} و{b} بعد بضعة أيام هادئة، كانت المبادرة تأتي في الغالب من الجهة نفسها. {circle, select, couple {تبادل المبادرة يمنح الطرفين شعورًا بالحب والاهتمام.} family {تبادل المبادرة يمنح الطرفين شعورًا بالانتماء.} friends {تبادل المبادرة يمنح الطرفين شعورًا بأن الصداقة متبادلة.} other {تبادل المبادرة يمنح الطرفين شعورًا بأنهما جزء من الفريق.}}',
  'insight.support':
    '{period}، جاء معظم الدعم بين {a} و{b} — الإصغاء، والمواساة، والمساعدة العملية — من جهة واحدة. والدعم الذي يسري في الاتجاهين أسهل في الاستمرار.',
  'insight.fit':
    'كثير مما يصل من {a} إلى {b} هو {forms}، في حين أن أكثر ما له قيمة لدى {b} هو {valued}. {next}',
  'insight.fit.try': 'ربما يصل الاهتمام بوضوح أكبر في صورة {forms}.',
  'insight.fit.noForm':
    'لا يوجد في recipro بعدُ شكل من أشكال الاهتمام لهذا — وقد يساعد حديث عنه معًا.',
  'insight.load':
    'في الوقت الحالي، يأتي كثير من الاهتمام المسجَّل في هذه الدائرة من عدد قليل من الأشخاص. وتوزيعه على نطاق أوسع يساعد الجميع على الاستمرار.',
  'insight.household_load':
    '{circle, select, couple {الاهتمام المسجَّل بشؤون البيت (أعمال المنزل، والمشاوير، والتذكّر والتخطيط)} family {الاهتمام المسجَّل لحياة العائلة (أعمال المنزل، والمشاوير، والتذكّر والتخطيط)} friends {الاهتمام العملي المسجَّل (المشاوير، والاستضافة، والتذكّر والتخطيط)} other {الاهتمام العملي المسجَّل (المهام، والمشاوير، والتذكّر والتنظيم)}} جاء مؤخرًا في الغالب من جهة واحدة. وقد يخفّف الأمرَ حديثٌ عن تقاسم جزء منه.',
  'insight.emotional_load':
    'الاهتمام العاطفي المسجَّل (الإصغاء، والمواساة، والاطمئنان، وتهدئة الخلافات) جاء مؤخرًا في الغالب من جهة واحدة. وقد يخفّف الأمرَ حديثٌ عن تقاسم جزء منه.',

  'insight.language.words': 'الكلمات اللطيفة',
  'insight.language.acts': 'الأفعال التي تساعد',
  'insight.language.time': 'الوقت معًا',
  'insight.language.touch': 'اللمسة',
  'insight.language.gifts': 'الهدايا الصغيرة',
  'insight.language.loyalty': 'المساندة والوفاء',
  'insight.language.reliability': 'الموثوقية والانتظام',
  'insight.language.space': 'الهدوء والمساحة',

  'insight.form.practical': 'المساعدة العملية',
  'insight.form.emotional': 'الإصغاء والمواساة',
  'insight.form.communication': 'الحديث والاطمئنان',
  'insight.form.affection': 'المودّة',
  'insight.form.intimacy': 'القرب الحميم',
  'insight.form.quality_time': 'الوقت معًا',
  'insight.form.respect': 'الاحترام وترك المساحة',
  'insight.form.repair': 'الصلح بعد الخلاف',
  'insight.form.healing': 'البقاء قريبًا في الأيام الصعبة',
  'insight.form.future': 'الخطط والعادات المشتركة',
  'insight.form.appreciation': 'الشكر والتقدير',
  'insight.form.mental_load': 'التذكّر والتنظيم',
};
