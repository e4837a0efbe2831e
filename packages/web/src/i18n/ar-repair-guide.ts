/** Arabic messages of guided repair (“Talk it through” on a hard moment): the translation of en-repair-guide.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enRepairGuide } from './en-repair-guide.ts';

export const arRepairGuide: CatalogueOf<typeof enRepairGuide> = {
  'repairGuide.title': 'الحديث في الأمر',
  'repairGuide.intro':
    'بضع خطوات قصيرة عن لحظة صعبة واحدة. يجيب كلٌّ منكم وحده؛ ولا يقرأ أحدٌ إجابات أحد حتى ينتهي الجميع، ثم تقرؤونها معًا.',
  'repairGuide.moment': 'عن لحظة {date}.',
  'repairGuide.back': 'العودة إلى «الإصلاح»',
  'repairGuide.progress': 'الخطوة {step} من {total}',
  'repairGuide.next': 'التالي',
  'repairGuide.previous': 'رجوع',
  'repairGuide.saving': 'جارٍ الحفظ…',
  'repairGuide.private': 'لا يقرأ هذا أحدٌ سواك حتى ينتهي الجميع.',
  'repairGuide.stillFinished':
    'بما أنك أنهيت، تحتفظ إجاباتك بـ«نعم» عند خطوة التوقّف، وبخطوة مكتوبة واحدة على الأقل.',
  'repairGuide.conflict':
    'أنهى الجميع في هذه الأثناء، لذا لم تعد الإجابات تتغيّر. يمكنك إعادة تحميل الصفحة لقراءتها معًا.',

  'repairGuide.pause.title': 'هل هدأت بما يكفي للحديث؟',
  'repairGuide.pause.hint':
    'لا توجد إجابة خاطئة. الحديث في أثناء الانزعاج نادرًا ما يساعد؛ أما التوقّف القصير فكثيرًا ما يساعد.',
  'repairGuide.pause.ready': 'نعم، هدأت بما يكفي',
  'repairGuide.pause.notYet': 'ليس بعد',
  'repairGuide.pause.choose': 'يُرجى اختيار إحدى الإجابتين للمتابعة. و«ليس بعد» إجابة لا بأس بها.',
  'repairGuide.pause.rest.title': 'لنتوقّف قليلًا الآن',
  'repairGuide.pause.rest':
    'يحتاج الهدوء عادةً إلى عشرين دقيقة أو أكثر. وكل ما يبعث على السكينة يساعد: نزهة قصيرة، كوب ماء، بضعة أنفاس بطيئة.',
  'repairGuide.when.today': '{time}',
  'repairGuide.when.day': '{day}، {time}',
  'repairGuide.pause.comeBack':
    'يمكنك العودة نحو {time}، أو متى شعرت بالاستعداد. العودة خلال يوم هدفٌ لطيف، لا موعد نهائي.',
  'repairGuide.pause.others':
    'أحدكم يحتاج إلى وقت أطول قليلًا، وهذا جزء من الإصلاح، لا خطوة إلى الوراء. يمكنك كتابة إجاباتك في الأثناء؛ ويقترح الدليل العودة نحو {time}.',

  'repairGuide.step.saw': 'ما حدث، كما رأيته',
  'repairGuide.step.saw.hint':
    'البدء بـ«أنا» وبما شعرت به، ووصف اللحظة لا الشخص. البداية اللطيفة تجعل الإصغاء إليك أسهل.',
  'repairGuide.step.myPart': 'دورك فيما جرى',
  'repairGuide.step.myPart.hint':
    'دورك أنت فقط، ولو كان صغيرًا. حين يُقابَل الأذى بأذى، قد تتصاعد الأمور؛ وتسمية دورك هي بداية الانفراج.',
  'repairGuide.step.needed': 'ما كنت بحاجة إليه',
  'repairGuide.step.needed.hint':
    'الحاجة الكامنة وراء تلك اللحظة. قولها بوضوح يساعد الآخرين على فهم ما كان الأمر يتعلّق به.',
  'repairGuide.step.wouldHelp': 'ما قد يساعد الآن',
  'repairGuide.step.wouldHelp.hint': 'شيء صغير ممكن، اليوم أو قريبًا.',
  'repairGuide.step.agreement': 'شيء صغير للاتفاق عليه',
  'repairGuide.step.agreement.hint':
    'اقتراح شيء صغير لتجربته في المرة القادمة. يرى الجميع الاقتراحات حين ينتهي الكل، ويمكن لكلٍّ منكم إعلان موافقته.',
  'repairGuide.step.blank': 'يمكن ترك أي خطوة فارغة.',

  'repairGuide.examples': 'أمثلة للبدء منها',
  'repairGuide.examples.caption':
    'مجرد أمثلة: يمكنك صياغتها بكلماتك. هي لقول ما هو صادق بالنسبة إليك، لا لاستخدامها ضد أحد أبدًا.',
  'repairGuide.examples.use': 'البدء من هذا المثال',
  'repairGuide.examples.use.label': 'البدء من هذا المثال: {example}',
  'repairGuide.examples.saw.1': 'حين تغيّرت الخطط في اللحظة الأخيرة، شعرت بالاستبعاد وببعض الحرج.',
  'repairGuide.examples.saw.2':
    'حين بقيت رسالتي بلا ردّ طوال اليوم، بدأ القلق يتسلّل إليّ، ثم تحوّل إلى انزعاج.',
  'repairGuide.examples.saw.3':
    'حين تحدّثنا عن المال، شعرت بالضيق والحصار، وارتفع صوتي أكثر مما أردت.',
  'repairGuide.examples.saw.4': 'حين مرّت فكرتي دون أن يلتفت إليها أحد، شعرت بأن أحدًا لا يراني.',
  'repairGuide.examples.myPart.1': 'رفعت صوتي بدلًا من أن أقول إن التعب قد نال مني.',
  'repairGuide.examples.myPart.2': 'أعدت فتح أمور قديمة لا علاقة لها بما جرى اليوم.',
  'repairGuide.examples.myPart.3': 'صمتّ وابتعدت دون أن أقول إنني بحاجة إلى استراحة.',
  'repairGuide.examples.myPart.4': 'رددت على الأذى بأذى من عندي.',
  'repairGuide.examples.myPart.5': 'خمّنت المقصود بدلًا من أن أسأل.',
  'repairGuide.examples.needed.1': 'كنت بحاجة إلى أن يُصغى إليّ قبل أن نبحث عن حل.',
  'repairGuide.examples.needed.2': 'كنت بحاجة إلى مساعدة، ولم أطلبها.',
  'repairGuide.examples.needed.3': 'كنت بحاجة إلى قليل من الهدوء قبل الحديث.',
  'repairGuide.examples.needed.4': 'كنت بحاجة إلى أن أعرف أننا في صفّ واحد.',
  'repairGuide.examples.wouldHelp.1': 'عشر دقائق نصغي فيها بعضنا إلى بعض، دون محاولة إصلاح أي شيء.',
  'repairGuide.examples.wouldHelp.2': 'كلمة طيبة، وقليل من الوقت قبل أن نتحدث من جديد.',
  'repairGuide.examples.wouldHelp.3': 'بعض المساحة لي هذا المساء، وبداية جديدة غدًا.',
  'repairGuide.examples.wouldHelp.4': 'أن أسمع أن هذا يهمّك أنت أيضًا؛ فهو يهمّني.',
  'repairGuide.examples.agreement.1': 'حين يحتاج أحدنا إلى استراحة، نقول «وقفة» ونعود خلال ساعة.',
  'repairGuide.examples.agreement.2': 'ننظر في خطط الأسبوع معًا يوم الأحد.',
  'repairGuide.examples.agreement.3': 'سأتحدّث عن تعبي قبل أن يتحوّل الأمر إلى شجار.',
  'repairGuide.examples.agreement.4': 'نتناوب على الكلام، دقيقتين لكلٍّ منا، دون مقاطعة.',

  'repairGuide.review.title': 'هل كل شيء جاهز للمشاركة؟',
  'repairGuide.review.hint':
    'هذا ما كتبته. لا يُشارَك شيء حتى ينتهي كل المعنيّين، ويمكنك تعديله حتى ذلك الحين.',
  'repairGuide.review.pause.ready': 'هدأت بما يكفي للحديث.',
  'repairGuide.review.pause.notYet': 'اخترت «ليس بعد». ينتظر الإنهاء إلى أن يحين استعدادك.',
  'repairGuide.review.blank': 'تُركت فارغة',
  'repairGuide.review.edit': 'تعديل',
  'repairGuide.review.edit.label': 'تعديل إجابتك عن «{step}»',
  'repairGuide.finish': 'انتهيت',
  'repairGuide.finish.pending': 'جارٍ الإنهاء…',
  'repairGuide.finish.again': 'حفظ تعديلاتي',
  'repairGuide.finish.nothing': 'يُرجى أولًا كتابة شيء في خطوة واحدة على الأقل؛ أيّ خطوة تفي بالغرض.',
  'repairGuide.finish.notReady':
    'حين يحلّ الهدوء بما يكفي، يمكنك قول ذلك في الخطوة الأولى؛ وبعدها يمكنك الإنهاء.',

  'repairGuide.waiting.title': 'اكتملت إجاباتك',
  'repairGuide.waiting': 'بانتظار أن ينهي {names}. وحينها تقرؤون إجابات الجميع معًا.',
  'repairGuide.waiting.body':
    'تبقى إجاباتك خاصة حتى ذلك الحين، ويمكنك تعديلها. شكرًا على الوقت الذي خصّصته لهذا.',
  'repairGuide.waiting.change': 'تعديل إجاباتي',

  'repairGuide.reveal.title': 'القراءة معًا',
  'repairGuide.reveal.intro':
    'أنهى الجميع. اقرؤوا ببطء، وأصغوا إلى ما كان كلٌّ منكم يحتاج إليه؛ لا حاجة إلى الاتفاق على كل تفصيل مما حدث.',
  'repairGuide.reveal.saw': 'ما حدث، كما رآه كلٌّ منكم',
  'repairGuide.reveal.myPart': 'دور كلٍّ منكم',
  'repairGuide.reveal.needed': 'ما كان كلٌّ منكم يحتاج إليه',
  'repairGuide.reveal.wouldHelp': 'ما قد يساعد الآن',
  'repairGuide.reveal.blank': 'تُركت فارغة',

  'repairGuide.agreement.title': 'اتفاق صغير واحد',
  'repairGuide.agreement.intro':
    'كل اقتراح شيء صغير للتجربة. يمكن لكلٍّ منكم إعلان موافقته على ما يشاء منها؛ وحين يوافق الجميع، يصبح الاتفاق قائمًا.',
  'repairGuide.agreement.none':
    'لم يقترح أحد شيئًا هذه المرة. وقد يخرج شيء صغير للتجربة من الحديث نفسه.',
  'repairGuide.agreement.byYou': 'اقتراحك',
  'repairGuide.agreement.by': 'اقتراح من {name}',
  'repairGuide.agreement.in': 'أوافق',
  'repairGuide.agreement.in.label': 'أوافق: {proposal}',
  'repairGuide.agreement.agreed': 'وافق عليه كل المعنيّين',
  'repairGuide.agreement.notYet': 'لم يوافق الجميع على هذا الاقتراح بعد.',
  'repairGuide.agreement.saved': 'حُفظ.',

  'repairGuide.repaired.hint': 'إذا شعرت الآن أن هذه اللحظة أُصلحت بالنسبة إليك، يمكنك قول ذلك.',
  'repairGuide.repaired.done': 'أُصلحت بالنسبة إليك. شكرًا على الحديث فيها.',
};
