/**
 * Arabic: the translation of en.ts, in the words the web's Arabic catalogue uses for the same
 * things (دائرة، مرحلة، جولة اطمئنان، «لنبدأ من جديد»). Gender-neutral as written: no imperative
 * (its ending would say the reader's gender), no adjective of the reader, and where the web
 * does, a named person's act is said as the thing done "from {name}" (من {name}) so no verb
 * agrees with them. Plurals have all six forms; "one" and "two" say the number in the noun.
 */
import type { Catalogue } from './en.ts';

export const ar: Catalogue = {
  'mail.hello': 'مرحبًا {name}،',

  'update.someone': 'شخص ما',
  'update.someCircle': 'إحدى دوائرك',
  'update.invitation_accepted.title': 'طلب انضمام',
  'update.invitation_accepted.body':
    'طلبُ انضمام إلى {circle} من {name}. يمكن لأيّ شخص في الدائرة قبوله.',
  'update.member_admitted.title': 'انضمّ شخص جديد',
  'update.member_admitted.body': 'انضمّ شخص جديد إلى {circle}.',
  'update.welcome.title': 'أهلًا وسهلًا',
  'update.welcome.body': 'انضممت إلى {circle} بموافقة {name}. أهلًا وسهلًا بك!',
  'update.removed_from_circle.title': 'دائرة كنت فيها',
  'update.removed_from_circle.body': 'انتهت عضويتك في {circle}.',
  'update.act_questioned.title': 'لفتة اهتمام تستحق نظرة',
  'update.act_questioned.body':
    'لفتة اهتمام سجّلتها في {circle} لم تبدُ مألوفة بالنسبة إلى {name}. يمكنك تعديلها أو التراجع عنها.',
  'update.season_suggested.title': 'اقتراح مرحلة',
  'update.season_suggested.body':
    'اقتراحُ مرحلة تخصّك في {circle}، من {name}. القرار لك: قبولها أو رفضها.',
  'update.season_answered.title': 'المرحلة التي اقترحتها',
  'update.season_answered.body': 'وصل ردّ {name} على المرحلة التي اقترحتها في {circle}.',
  'update.season_answered.body.accepted': 'حظيت المرحلة التي اقترحتها في {circle} بموافقة {name}.',
  'update.season_answered.body.declined': 'المرحلة التي اقترحتها في {circle} لم تلقَ موافقة {name}.',
  'update.handover_proposed.title': 'اقتراح تسليم مهمة',
  'update.handover_proposed.body':
    'اقتراحُ تسليم مهمة بينك وبين {name} في {circle}. وهو بانتظار ردّك.',
  'update.handover_answered.title': 'اقتراح التسليم الذي قدّمته',
  'update.handover_answered.body': 'وصل ردّ {name} على اقتراح التسليم الذي قدّمته في {circle}.',
  'update.handover_answered.body.accepted':
    'حظي اقتراح التسليم الذي قدّمته في {circle} بموافقة {name}.',
  'update.handover_answered.body.declined':
    'اقتراح التسليم الذي قدّمته في {circle} لم يلقَ موافقة {name}.',
  'update.responsibility_changed.title': 'تعديل مسؤولية مشتركة',
  'update.responsibility_changed.body':
    'عُدِّلت إحدى مسؤولياتكم المشتركة في {circle}، والتعديل من {name}.',
  'update.responsibility_removed.title': 'إزالة مسؤولية مشتركة',
  'update.responsibility_removed.body':
    'أُزيلت إحدى مسؤولياتكم المشتركة في {circle}، والإزالة من {name}.',
  'update.ritual_changed.title': 'تعديل طقس مشترك',
  'update.ritual_changed.body': 'عُدِّل أحد طقوسكم المشتركة في {circle}، والتعديل من {name}.',
  'update.ritual_stopped.title': 'إيقاف طقس مشترك',
  'update.ritual_stopped.body': 'أُوقف أحد طقوسكم المشتركة في {circle}، والإيقاف من {name}.',
  'update.reset_requested.title': '«لنبدأ من جديد»',
  'update.reset_requested.body':
    'وصلتك كلمة «لنبدأ من جديد» من {name}، بشأن لحظة صعبة في {circle}. ما يساعد الآن هو مدّ اليد بالمقابل، قريبًا وبلطف.',
  'update.rupture_waiting.title': 'إصلاحٌ بانتظارك',
  'update.rupture_waiting.body':
    'بالنسبة إلى {name}، تمّ إصلاح لحظة صعبة في {circle}. ويمكنك قول ذلك أيضًا حين يصبح الأمر كذلك بالنسبة إليك.',
  'update.rupture_repaired.title': 'تمّ الإصلاح',
  'update.rupture_repaired.body': 'تمّ إصلاح لحظة صعبة في {circle} بالنسبة إلى كل المعنيّين بها.',
  'update.question_answered.title': 'سؤال اليوم',
  'update.question_answered.body':
    'أجاب الجميع في {circle} عن سؤال اليوم: يمكنكم قراءة الإجابات معًا.',
  'update.repair_guide_waiting.title': 'الحديث في الأمر',
  'update.repair_guide_waiting.body':
    'الحديث عن لحظة صعبة في {circle} بانتظار إجاباتك، متى شعرت بما يكفي من الهدوء. لا يقرأ أحدٌ إجابات أحد حتى ينتهي الجميع.',
  'update.repair_guide_revealed.title': 'جاهز للقراءة معًا',
  'update.repair_guide_revealed.body':
    'انتهى الجميع من الحديث عن لحظة صعبة في {circle}: يمكنكم قراءته معًا.',
  'update.need_shared.title': 'تعبيرٌ عن حاجة وصلك',
  'update.need_shared.body': 'وصلك تعبيرٌ عن حاجة من {name} في {circle}. يمكنك قراءته في recipro.',
  'update.checkin_opened.title': 'بدأت جولة اطمئنان',
  'update.checkin_opened.body':
    'بدأت جولة اطمئنان في {circle} بدعوة من {name}. يمكنك الإجابة في الوقت الذي يناسبك.',
  'update.checkin_opened.body.scheduled':
    'بدأت جولة اطمئنان في {circle}، كما خطّطت دائرتكم. يمكنك الإجابة في الوقت الذي يناسبك.',
  'update.checkin_waiting.title': 'جولة اطمئنان بانتظارك',
  'update.checkin_waiting.body':
    'جولة اطمئنان في {circle} بانتظار إجاباتك. لا يرى أحدٌ إجابات أحد حتى يجيب الجميع.',
  'update.checkin_ready.title': 'جولة اطمئنان جاهزة',
  'update.checkin_ready.body':
    'أجاب الجميع عن أسئلة جولة اطمئنان في {circle}: يمكنكم الاطّلاع عليها معًا.',
  'update.values_opened.title': 'حديث عن القيم',
  'update.values_opened.body':
    'بدأ حديث عن القيم في {circle} بدعوة من {name}. يمكنك الإجابة في الوقت الذي يناسبك.',
  'update.values_waiting.title': 'حديث عن القيم بانتظارك',
  'update.values_waiting.body':
    'حديث عن القيم في {circle} بانتظار إجاباتك. لا يقرأ أحدٌ إجابات أحد حتى يجيب الجميع.',
  'update.values_ready.title': 'حديث عن القيم جاهز للقراءة',
  'update.values_ready.body': 'أجاب الجميع في حديث عن القيم في {circle}: يمكنكم قراءته معًا.',
  'update.act_noticed.title': 'لوحظ اهتمامك',
  'update.act_noticed.body': 'شخصٌ في {circle} لاحظ اهتمامًا قدّمته.',

  'update.bundle.title': 'مستجدّات دوائرك',
  'update.bundle.body':
    '{count, plural, zero {لا مستجدّات بانتظارك في {where}.} one {مستجدّ واحد بانتظارك في {where}.} two {مستجدّان بانتظارك في {where}.} few {# مستجدّات بانتظارك في {where}.} many {# مستجدًّا بانتظارك في {where}.} other {# مستجدّ بانتظارك في {where}.}}',
  'update.bundle.circles':
    '{count, plural, zero {# من دوائرك} one {دائرة واحدة من دوائرك} two {دائرتين من دوائرك} few {# من دوائرك} many {# من دوائرك} other {# من دوائرك}}',

  'update.email.see': 'يمكنك رؤيته في recipro:',
  'update.email.chose':
    'اخترت أن يصلك هذا بالبريد الإلكتروني. ويمكنك اختيار المستجدّات التي تصلك وطريقة وصولها:',
  'update.email.stop': 'لإيقاف رسائل التذكيرات والمستجدّات بالبريد الإلكتروني:',

  'reminder.ritual.body': 'حان وقت «{title}». بضع دقائق معًا تكفي.',
  'reminder.test.title': 'تذكير تجريبي من recipro',
  'reminder.test.body': 'هكذا ستصلك التذكيرات.',
  'reminder.email.open': 'يمكنك فتحه في recipro:',
  'reminder.email.stop': 'لإيقاف هذه الرسائل:',

  'account.reset.subject': 'كلمة مرور جديدة لحسابك في recipro',
  'account.reset.asked':
    'طلب أحدهم تعيين كلمة مرور جديدة لحسابك في recipro، ونأمل أن يكون الطلب منك.',
  'account.reset.follow':
    '{minutes, plural, zero {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال # دقيقة. ولا يعمل إلا مرة واحدة:} one {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال دقيقة واحدة. ولا يعمل إلا مرة واحدة:} two {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال دقيقتين. ولا يعمل إلا مرة واحدة:} few {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال # دقائق. ولا يعمل إلا مرة واحدة:} many {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال # دقيقة. ولا يعمل إلا مرة واحدة:} other {يمكنك اختيار كلمة المرور الجديدة عبر هذا الرابط خلال # دقيقة. ولا يعمل إلا مرة واحدة:}}',
  'account.reset.notYou': 'إن لم يكن الطلب منك، فلا حاجة إلى أي إجراء: تبقى كلمة مرورك كما هي.',
  'account.confirm.subject': 'تأكيد بريدك الإلكتروني في recipro',
  'account.confirm.follow':
    '{hours, plural, zero {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال # ساعة):} one {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال ساعة واحدة):} two {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال ساعتين):} few {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال # ساعات):} many {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال # ساعة):} other {يُرجى تأكيد أن هذا عنوانك في recipro عبر هذا الرابط (يعمل مرة واحدة فقط، خلال # ساعة):}}',
  'account.confirm.until':
    'حتى ذلك الحين، لن يرسل recipro إليه أي تذكيرات. وإن وصلتك هذه الرسالة دون توقّع، فلا حاجة إلى أي إجراء.',

  'calendar.name': 'طقوس recipro',
  'calendar.description': 'طقس من طقوس {circle}.',

  'unsubscribe.title': 'إيقاف رسائل التذكير',
  'unsubscribe.heading': 'إيقاف رسائل التذكير؟',
  'unsubscribe.text':
    'لن تصلك تذكيرات recipro بالبريد الإلكتروني بعد الآن. ويمكنك تشغيلها من جديد في التطبيق.',
  'unsubscribe.button': 'إيقاف رسائل التذكير',
  'unsubscribe.done.title': 'تمّ إلغاء الاشتراك',
  'unsubscribe.done.heading': 'تمّ',
  'unsubscribe.done.text': 'لن تصلك رسائل التذكير بعد الآن.',

  'export.formerMember': 'شخص غادر الدائرة',
};
