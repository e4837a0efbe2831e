/** Arabic messages of the updates between members (the bell and the Updates screen): the translation of en-updates.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUpdates } from './en-updates.ts';

export const arUpdates: CatalogueOf<typeof enUpdates> = {
  'updates.title': 'المستجدّات',
  'updates.intro': 'ما فعله آخرون في دوائرك ويعنيك، الأحدث أولًا.',
  'updates.empty':
    'كل شيء هادئ الآن. حين يمدّ أحدٌ في دوائرك يده إليك أو يغيّر شيئًا تتشاركونه، سيظهر ذلك هنا.',
  'updates.list': 'مستجدّاتك',
  'updates.new': 'جديد',
  'updates.markAll': 'تعليم الكل كمقروء',
  'updates.markingAll': 'جارٍ التعليم…',
  'updates.markedAll': 'لا جديد فاتك: كل ما هنا مُعلَّم كمقروء.',
  'updates.older': 'عرض الأقدم',
  'updates.loadingOlder': 'جارٍ تحميل المستجدّات الأقدم…',
  'updates.noOlder': 'هذا كل شيء.',

  'updates.bell':
    '{count, plural, zero {المستجدّات، # غير مقروء} one {المستجدّات، # غير مقروء} two {المستجدّات، # غير مقروءين} few {المستجدّات، # مستجدّات غير مقروءة} many {المستجدّات، # مستجدًّا غير مقروء} other {المستجدّات، # مستجدّ غير مقروء}}',
  'updates.bell.none': 'المستجدّات، لا شيء غير مقروء',
  'updates.bell.many': '{count}+',

  'updates.someone': 'شخص ما',
  'updates.someCircle': 'إحدى دوائرك',

  'updates.kind.invitation_accepted': 'طلبُ انضمام إلى {circle} من {name}.',
  'updates.kind.member_admitted': 'انضمّ شخص جديد إلى {circle} بموافقة {name}.',
  'updates.kind.member_admitted.unnamed': 'انضمّ شخص جديد إلى {circle}.',
  'updates.kind.welcome': 'انضممت إلى {circle} بموافقة {name}. أهلًا وسهلًا بك!',
  'updates.kind.act_questioned':
    'لفتة اهتمام سجّلتها في {circle} لم تبدُ مألوفة بالنسبة إلى {name}. يمكنك تعديلها أو التراجع عنها.',
  'updates.kind.season_suggested':
    'اقتراحُ مرحلة تخصّك في {circle}، من {name}. القرار لك: قبولها أو رفضها.',
  'updates.kind.season_answered': 'وصل ردّ {name} على المرحلة التي اقترحتها في {circle}.',
  'updates.kind.season_answered.accepted': 'حظيت المرحلة التي اقترحتها في {circle} بموافقة {name}.',
  'updates.kind.season_answered.declined':
    'المرحلة التي اقترحتها في {circle} لم تلقَ موافقة {name}.',
  'updates.kind.handover_proposed':
    'اقتراحُ تسليم مهمة بينك وبين {name} في {circle}. وهو بانتظار ردّك.',
  'updates.kind.handover_answered': 'وصل ردّ {name} على اقتراح التسليم الذي قدّمته في {circle}.',
  'updates.kind.handover_answered.accepted':
    'حظي اقتراح التسليم الذي قدّمته في {circle} بموافقة {name}.',
  'updates.kind.handover_answered.declined':
    'اقتراح التسليم الذي قدّمته في {circle} لم يلقَ موافقة {name}.',
  'updates.kind.responsibility_changed':
    'عُدِّلت إحدى مسؤولياتكم المشتركة في {circle}، والتعديل من {name}.',
  'updates.kind.responsibility_removed':
    'أُزيلت إحدى مسؤولياتكم المشتركة في {circle}، والإزالة من {name}.',
  'updates.kind.ritual_changed': 'عُدِّل أحد طقوسكم المشتركة في {circle}، والتعديل من {name}.',
  'updates.kind.ritual_stopped': 'أُوقف أحد طقوسكم المشتركة في {circle}، والإيقاف من {name}.',
  'updates.kind.removed_from_circle': 'انتهت عضويتك في {circle}.',
  'updates.kind.removed_from_circle.unnamed': 'انتهت عضويتك في دائرة كنت جزءًا منها.',
  'updates.kind.reset_requested':
    'وصلتك كلمة «لنبدأ من جديد» من {name}، بشأن لحظة صعبة في {circle}. ما يساعد الآن هو مدّ اليد بالمقابل، قريبًا وبلطف.',
  'updates.kind.rupture_waiting':
    'بالنسبة إلى {name}، تمّ إصلاح لحظة صعبة في {circle}. ويمكنك قول ذلك أيضًا حين يصبح الأمر كذلك بالنسبة إليك.',
  'updates.kind.rupture_repaired': 'تمّ إصلاح لحظة صعبة في {circle} بالنسبة إلى كل المعنيّين بها.',
  'updates.kind.repair_guide_waiting':
    'الحديث عن لحظة صعبة في {circle} بانتظار إجاباتك، متى شعرت بما يكفي من الهدوء. لا يقرأ أحدٌ إجابات أحد حتى ينتهي الجميع.',
  'updates.kind.repair_guide_revealed':
    'انتهى الجميع من الحديث عن لحظة صعبة في {circle}: يمكنكم قراءته معًا.',
  'updates.kind.need_shared': 'وصلك تعبيرٌ عن حاجة من {name} في {circle}.',
  'updates.kind.checkin_opened':
    'بدأت جولة اطمئنان في {circle} بدعوة من {name}. يمكنك الإجابة في الوقت الذي يناسبك.',
  'updates.kind.checkin_opened.scheduled':
    'بدأت جولة اطمئنان في {circle}، كما خطّطت دائرتكم. يمكنك الإجابة في الوقت الذي يناسبك.',
  'updates.kind.checkin_waiting':
    'جولة اطمئنان في {circle} بانتظار إجاباتك. لا يرى أحدٌ إجابات أحد حتى يجيب الجميع.',
  'updates.kind.checkin_ready':
    'أجاب الجميع عن أسئلة جولة اطمئنان في {circle}: يمكنكم الاطّلاع عليها معًا.',
  'updates.kind.values_opened':
    'بدأ حديث عن القيم في {circle} بدعوة من {name}. يمكنك الإجابة في الوقت الذي يناسبك.',
  'updates.kind.values_waiting':
    'حديث عن القيم في {circle} بانتظار إجاباتك. لا يقرأ أحدٌ إجابات أحد حتى يجيب الجميع.',
  'updates.kind.values_ready': 'أجاب الجميع في حديث عن القيم في {circle}: يمكنكم قراءته معًا.',
  'updates.kind.act_noticed': 'شخصٌ في {circle} لاحظ اهتمامًا قدّمته اليوم.',
  'updates.kind.question_answered':
    'أجاب الجميع في {circle} عن سؤال اليوم: يمكنكم قراءة الإجابات معًا.',
  'updates.kind.other': 'حدث تغيير في {circle}.',

  // Reminder settings: which updates also come by push or email.
  'updates.choice.title': 'مستجدّات دوائرك',
  'updates.choice.intro':
    'تظهر كل المستجدّات في recipro. ويمكنك اختيار ما يصلك منها أيضًا كإشعارات على أجهزتك أو عبر البريد الإلكتروني.',
  'updates.choice.introPush':
    'تظهر كل المستجدّات في recipro. ويمكنك اختيار ما يصلك منها أيضًا كإشعارات على أجهزتك.',
  'updates.choice.limit':
    '{count, plural, zero {لا إشعارات في اليوم؛} one {إشعار واحد في اليوم على الأكثر؛} two {إشعاران في اليوم على الأكثر؛} few {# إشعارات في اليوم على الأكثر؛} many {# إشعارًا في اليوم على الأكثر؛} other {# إشعار في اليوم على الأكثر؛}} وبعدها تنتظر المستجدّات وتصل مجتمعةً صباح اليوم التالي. أما «لنبدأ من جديد» فتصل فورًا دائمًا، إلا إذا أخّرتها ساعات الهدوء لديك.',
  'updates.choice.pushOff': 'الإشعارات متوقفة أعلاه، لذا لن يصل أي من هذه إلى أجهزتك الآن.',
  'updates.choice.emailOff': 'البريد الإلكتروني متوقف أعلاه، لذا لن يُرسَل أي من هذه بالبريد الآن.',
  'updates.choice.emailConfirmed': 'لا تُرسَل الرسائل إلا إلى عنوان بريد مؤكَّد.',
  'updates.choice.push': 'الإشعارات',
  'updates.choice.email': 'البريد الإلكتروني',
  'updates.choice.group.repair': 'الإصلاح ومدّ اليد',
  'updates.choice.group.rounds': 'جولات الاطمئنان والأحاديث عن القيم وسؤال اليوم',
  'updates.choice.group.together': 'تقاسم الأعباء والطقوس والمراحل',
  'updates.choice.group.circles': 'من في دوائرك',
  'updates.choice.kind.reset_requested': 'حين يقول أحدهم «لنبدأ من جديد»',
  'updates.choice.kind.rupture_waiting': 'حين ينتظر إصلاحٌ قولك «تمّ الإصلاح بالنسبة إليّ»',
  'updates.choice.kind.rupture_repaired': 'حين يتمّ إصلاح لحظة صعبة بالنسبة إلى الجميع',
  'updates.choice.kind.repair_guide_waiting': 'حين ينتظر الحديثُ عن لحظة صعبة إجاباتك',
  'updates.choice.kind.repair_guide_revealed': 'حين يصبح حديثٌ عن لحظة صعبة جاهزًا لقراءته معًا',
  'updates.choice.kind.need_shared': 'حين يصلك تعبيرٌ عن حاجة',
  'updates.choice.kind.act_noticed': 'حين يلاحظ أحدهم اهتمامًا قدّمته',
  'updates.choice.kind.act_questioned': 'حين لا تبدو لفتة سجّلتها مألوفة لأحدهم',
  'updates.choice.kind.question_answered': 'حين يجيب الجميع عن سؤال اليوم',
  'updates.choice.kind.checkin_opened': 'حين تبدأ جولة اطمئنان',
  'updates.choice.kind.checkin_waiting': 'حين تنتظر جولة اطمئنان إجاباتك',
  'updates.choice.kind.checkin_ready': 'حين تصبح جولة اطمئنان جاهزة للاطّلاع عليها معًا',
  'updates.choice.kind.values_opened': 'حين يبدأ حديث عن القيم',
  'updates.choice.kind.values_waiting': 'حين ينتظر حديث عن القيم إجاباتك',
  'updates.choice.kind.values_ready': 'حين يصبح حديث عن القيم جاهزًا لقراءته معًا',
  'updates.choice.kind.handover_proposed': 'حين يصلك اقتراح تسليم مهمة',
  'updates.choice.kind.handover_answered': 'حين يصل ردّ على اقتراح تسليم قدّمته',
  'updates.choice.kind.responsibility_changed': 'حين تُعدَّل مسؤولية مشتركة لك فيها نصيب',
  'updates.choice.kind.responsibility_removed': 'حين تُزال مسؤولية مشتركة لك فيها نصيب',
  'updates.choice.kind.ritual_changed': 'حين يُعدَّل طقس مشترك لك فيه نصيب',
  'updates.choice.kind.ritual_stopped': 'حين يُوقَف طقس مشترك لك فيه نصيب',
  'updates.choice.kind.season_suggested': 'حين يقترح أحدهم مرحلة تخصّك',
  'updates.choice.kind.season_answered': 'حين يصل ردّ على مرحلة اقترحتها',
  'updates.choice.kind.invitation_accepted': 'حين يطلب أحدهم الانضمام إلى دائرة',
  'updates.choice.kind.member_admitted': 'حين ينضمّ شخص جديد إلى دائرة',
  'updates.choice.kind.welcome': 'حين يُقبَل انضمامك إلى دائرة',
  'updates.choice.kind.removed_from_circle': 'حين تنتهي عضويتك في دائرة',
};
