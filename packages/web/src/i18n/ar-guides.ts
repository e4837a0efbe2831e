/** Arabic messages of the short guides and the guided rituals: the translation of en-guides.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enGuides } from './en-guides.ts';

export const arGuides: CatalogueOf<typeof enGuides> = {
  'guides.title': 'الأدلّة',
  'guides.intro':
    'قراءات قصيرة عن العطاء والأخذ في الاهتمام، تستغرق كلٌّ منها دقيقتين تقريبًا، وتنتهي بشيء صغير واحد للتجربة.',
  'guides.list': 'كل الأدلّة',
  'guides.readTime': 'قراءة في دقيقتين',
  'guides.firstSteps': 'خطواتك الأولى، من جديد',
  'guides.firstSteps.lead':
    'هل أنت جديد هنا، أو تودّ أن تتذكّر؟ أنشئ دائرة، وادعُ شخصًا، وسجّل أول لفتة اهتمام، واكتشف معنى «لاحظتُ»، خطوة بخطوة.',
  'guides.link': 'قراءة في دقيقتين: {title}',
  'guides.links': 'قراءات قصيرة قد تساعد هنا',
  'guides.tryThis': 'شيء صغير واحد للتجربة',
  'guides.sources': 'من أين تأتي هذه الأفكار',
  'guides.source': '{authors} ({year}). {title}. {where}.',
  'guides.back': 'كل الأدلّة',
  'guides.notTherapy':
    'كُتب من أجل recipro، استنادًا إلى الأعمال المذكورة هنا. ليس علاجًا نفسيًا، ولا يستطيع الحكم على ما إذا كانت علاقةٌ ما آمنة.',
  'guides.support': 'هل يراودك الخوف أو الشعور بعدم الأمان؟ هنا من يمكنه المساعدة',
  'guides.notFound.title': 'لم يُعثر على الدليل',
  'guides.notFound.body': 'لا يوجد دليل على هذا العنوان. كل الأدلّة موجودة في قائمة واحدة.',
  'guides.aside.settings': 'قراءات الدقيقتين عن العطاء والأخذ في الاهتمام موجودة في «الأدلّة».',
  'guides.aside.support':
    'لست في خطر، لكن الأمور صعبة؟ في «الأدلّة» قراءات قصيرة عن الخلاف والإصلاح والمراحل الصعبة.',
  'guides.aside.go': 'فتح الأدلّة',

  // The three kinds of reciprocity, and why exact tit-for-tat hurts.
  'guides.three-kinds.title': 'ثلاثة أنواع من الأخذ والعطاء',

  // The hurt-for-hurt spiral and how to step out of it.
  'guides.hurt-for-hurt.title': 'دوّامة الأذى بالأذى',

  // Saying when you feel disrespected.
  'guides.feeling-disrespected.title': 'التعبير عن الشعور بقلّة الاحترام',

  // Different conflict styles (talk now or take space) and agreeing on a pause.
  'guides.talk-now-or-later.title': 'الحديث الآن، أم أخذ بعض المسافة؟',

  // Calming down together (co-regulation).
  'guides.calming-together.title': 'أن نهدأ معًا',

  // How childhood, attachment and past hurt shape giving and asking.
  'guides.where-we-come-from.title': 'من أين تأتي طرقنا في العطاء',

  // Stress, burnout and mental health in a season.
  'guides.hard-seasons.title': 'المراحل الصعبة: الضغط والإنهاك والصحة النفسية',

  // Screens and attention.
  'guides.screens-and-attention.title': 'الشاشات والانتباه',

  // "Talk, or just company?"
  'guides.talk-or-company.title': 'حديث، أم مجرد صحبة؟',

  // Culture and care.
  'guides.culture-and-care.title': 'الثقافة والاهتمام',

  // Guided rituals: what the guide of each kind of ritual says, and its gentle timer.
  'ritualGuide.open': 'فتح الدليل',
  'ritualGuide.openLabel': 'فتح الدليل: {title}',
  'ritualGuide.back': 'العودة إلى الطقوس',
  'ritualGuide.notSaved':
    'لا يُحفَظ شيء مما يُقال هنا. إنه للحديث فقط؛ ويمكن التوقّف أو التخطّي في أي وقت.',
  'ritualGuide.progress': 'الخطوة {step} من {total}',
  'ritualGuide.previous': 'رجوع',
  'ritualGuide.next': 'التالي',
  'ritualGuide.finish': 'أتممناه',
  'ritualGuide.doneNow': 'انتهيت',
  'ritualGuide.doneNowHint': 'يُنهي الدليل هنا ويسجّل الطقس على أنه أُنجز.',
  'ritualGuide.finishing': 'جارٍ التسجيل…',
  'ritualGuide.done.title': 'تمّ',
  'ritualGuide.done': 'سُجّل: «{title}». شكرًا على تخصيص هذا الوقت.',
  'ritualGuide.keep':
    'لم يُحفَظ شيء مما قيل هنا. وإذا أردتم الاحتفاظ بشيء، يمكنكم ذلك في الوقت الذي يناسبكم:',
  'ritualGuide.keep.log': 'تسجيل لفتة اهتمام',
  'ritualGuide.keep.need': 'مشاركة حاجة',
  'ritualGuide.notFound.title': 'لم يُعثر على الطقس',
  'ritualGuide.notFound.body': 'لم يعد هذا الطقس موجودًا؛ ربما أُوقف. طقوسك الأخرى في صفحة «الطقوس».',
  'ritualGuide.turn.you': 'دورك',
  'ritualGuide.turn.other': 'دور {name}',
  'ritualGuide.turn.order': 'بالدور: {names}',
  'ritualGuide.turn.next': 'الشخص التالي',
  'ritualGuide.item.ask':
    'بالدور: إلى أي حدّ بدا لك هذا صحيحًا هذا الأسبوع؟ وما الذي قد يجعله أصدق قليلًا في الأسبوع القادم؟',
  'ritualGuide.item.own':
    'هذه أسئلة recipro الخاصة لجولات الاطمئنان، وليست مقياسًا معياريًا أو مُحكَّمًا علميًا. لا يُحسب شيء ولا يُحفَظ.',

  'ritualGuide.timer.label': 'الوقت المتبقّي',
  'ritualGuide.timer.start': 'تشغيل المؤقّت',
  'ritualGuide.timer.pause': 'إيقاف مؤقّت',
  'ritualGuide.timer.resume': 'متابعة',
  'ritualGuide.timer.again': 'البدء من جديد',
  'ritualGuide.timer.quiet': 'لا يُصدر أي صوت؛ يتوقف فقط حين ينتهي الوقت.',
  'ritualGuide.timer.paused': 'المؤقّت متوقّف مؤقّتًا.',
  'ritualGuide.timer.ended':
    '{count, plural, zero {انقضى الوقت. يمكن إكمال الحديث؛ لا داعي للعجلة.} one {انقضت الدقيقة. يمكن إكمال الحديث؛ لا داعي للعجلة.} two {انقضت الدقيقتان. يمكن إكمال الحديث؛ لا داعي للعجلة.} few {انقضت # دقائق. يمكن إكمال الحديث؛ لا داعي للعجلة.} many {انقضت # دقيقة. يمكن إكمال الحديث؛ لا داعي للعجلة.} other {انقضت # دقيقة. يمكن إكمال الحديث؛ لا داعي للعجلة.}}',

  'ritualGuide.nightly.intro':
    'عشر دقائق هادئة معًا. ضعوا الهواتف جانبًا، واجلسوا في مكان مريح، وشغّلوا المؤقّت متى شئتم. هناك ثلاثة أسئلة: خذوها على مهل، وتخطّوا ما لا يناسب هذه الليلة.',
  'ritualGuide.nightly.moment': 'ما لحظة واحدة من اليوم تودّون مشاركتها؟',
  'ritualGuide.nightly.hard': 'ما الذي كان صعبًا اليوم، وما الذي ساعد، أو كان سيساعد؟',
  'ritualGuide.nightly.tomorrow': 'هل هناك شيء واحد يودّه كلٌّ منكم من الآخر غدًا؟',

  'ritualGuide.appreciation.intro': 'دقيقتان للشكر. شغّلوا المؤقّت، ثم تناوبوا.',
  'ritualGuide.appreciation.thanks':
    'يذكر كلٌّ منكم شيئًا فعله أحد الحاضرين مؤخرًا وأسعده، ويقول ماذا عنى له. ومن يسمع الشكر يكتفي بقول «شكرًا»، من دون «لا شكر على واجب».',

  'ritualGuide.weekly.intro':
    'نظرة هادئة على الأسبوع. مرّوا معًا على بضع عبارات؛ ولكل عبارة، يقول كلٌّ منكم إلى أي حدّ بدت له صحيحة ولماذا. الإصغاء أولًا، والحلول في النهاية.',

  'ritualGuide.family-month.intro':
    'لقاء عائلي بالدور، مرة في الشهر. في كل بند، يتحدث كل واحد مرة بينما يصغي الآخرون. ويمكن لشخص واحد قراءة البنود بصوت عالٍ.',
  'ritualGuide.family-month.well': 'ما الذي سار على ما يرام هذا الشهر؟',
  'ritualGuide.family-month.heavy': 'ما الذي بدا ثقيلًا، أو أكثر مما يُحتمل؟',
  'ritualGuide.family-month.coming': 'ما الذي ينتظرنا الشهر القادم ويحسن أن نخطّط له معًا؟',
  'ritualGuide.family-month.ask': 'شيء واحد أودّ المساعدة فيه، أو أودّ أن نفعله معًا.',
  'ritualGuide.family-month.change':
    'اختاروا معًا تغييرًا صغيرًا واحدًا لتجربته هذا الشهر. وإذا كان مهمة تحتاج إلى من يتولّاها، يمكنكم توزيعها في «تقاسم الأعباء».',

  'ritualGuide.feedback-round.intro':
    'يقول كل شخص بدوره شيئين بينما يصغي الآخرون. اشكروا كل متحدّث؛ ويمكن للأسئلة أن تنتظر حتى يتحدث الجميع.',
  'ritualGuide.feedback-round.heading': 'شيئان من كلٍّ منكم',
  'ritualGuide.feedback-round.received':
    'شيء واحد تلقّيته مؤخرًا من أحد الحاضرين، وما الذي أتاحه لي.',
  'ritualGuide.feedback-round.needed': 'شيء واحد أحتاج إليه من الآخرين في الأسابيع القادمة.',

  'ritualGuide.together.intro': 'وقت معًا، بالطريقة التي تحبّونها.',
  'ritualGuide.together.arrive':
    'ضعوا الهواتف جانبًا وخذوا لحظة لتحضروا بكامل انتباهكم. كيف حال كل واحد منكم، حقًا؟',
  'ritualGuide.together.enjoy': 'استمتعوا بالوقت. وإن أردتم بدايةً: ما الشيء الذي تتطلّعون إليه؟',
};
