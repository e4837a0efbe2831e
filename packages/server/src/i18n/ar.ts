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

  'report.title': 'تقرير لمستشار أو مستشارة',
  'report.period': 'من {from} إلى {to}',
  'report.people': 'عن {names}',
  'report.agreed': 'وافق كل من في هذا التقرير على مشاركته.',
  'report.draft':
    'مسودة: لم يوافق بعدُ كل من في هذا التقرير على مشاركته. لا يمكن أن يخرج من الدائرة حتى يوافقوا جميعًا.',
  'report.about.heading': 'عن هذا التقرير',
  'report.about.text':
    'يعرض إيقاع الرعاية بين من فيه، مما سجّلوه واختاروا مشاركته في recipro خلال هذه الفترة. لا يحوي تأملات خاصة ولا ملاحظات ولا إجابات لم تُكشف، ولا شيئًا لم يُشارَك بينهم. وليس تشخيصًا: أرقامه تصف أنماطًا لا أشخاصًا.',
  'report.care.heading': 'الرعاية في هذه الفترة',
  'report.care.acts':
    '{count, plural, zero {لم يُسجَّل أي فعل رعاية} one {سُجّل فعل رعاية واحد} two {سُجّل فعلا رعاية} few {سُجّلت # أفعال رعاية} many {سُجّل # فعل رعاية} other {سُجّل # فعل رعاية}} بين من في هذا التقرير.',
  'report.care.noticed': 'علّم متلقّوها {percent} منها بأنهم لاحظوها.',
  'report.care.forms': 'الأشكال التي اتخذتها، الأكثر جهدًا أولًا: {forms}.',
  'report.care.none': 'لم يُسجَّل أي فعل رعاية في هذه الفترة.',
  'report.rhythm.heading': 'الإيقاع بين كل شخصين',
  'report.rhythm.caption':
    'كل خانة {days} يومًا. يقول الشريط كم كانت الرعاية متوازنة في الاتجاهين بين شخصين، ولا يقول أبدًا من أي جهة.',
  'report.rhythm.pair': '{a} و{b}',
  'report.rhythm.step': 'من {from} إلى {to}: {band}',
  'report.rhythm.latest':
    'مؤخرًا: {band}. النمط في آخر {weeks} أسبوعًا: {pattern}، مع رعاية في {active} منها.',
  'report.rhythm.none': 'سُجّلت رعاية أقل من أن يُقرأ منها إيقاع بين أي شخصين.',
  'report.band':
    '{band, select, in_rhythm {في إيقاع} leaning {مائل} one_sided {من جهة واحدة} other {في البداية}}',
  'report.pattern':
    '{pattern, select, balanced {متوازن} generalized {عطاء بلا انتظار مقابل} negative {جهة لا يُلتفت إليها} other {لا يكفي بعد}}',
  'report.seasons.heading': 'المراحل',
  'report.seasons.caption': 'أوقات توقّع فيها من في هذا التقرير أن يتغير التوازن.',
  'report.seasons.item': '{name}: {kind}، من {from} إلى {to}',
  'report.seasons.ongoing': '{name}: {kind}، منذ {from}',
  'report.seasons.none': 'لم تكن هناك مراحل في هذه الفترة.',
  'report.season':
    '{kind, select, illness {مرض} new_baby {مولود جديد} exams {امتحانات} grief {فقد وحزن} move {انتقال إلى مكان جديد} work {انشغال في العمل} caregiving {رعاية شخص ما} other {مرحلة أخرى}}',
  'report.checkins.heading': 'جولات الاطمئنان',
  'report.checkins.caption': 'جولات اطمئنان أُجيبت على انفراد وكُشفت معًا في هذه الفترة.',
  'report.checkins.item':
    '{date}: {instrument}، {count, plural, zero {لم يُجب أحد} one {أجاب شخص واحد} two {أجاب شخصان} few {أجاب # أشخاص} many {أجاب # شخصًا} other {أجاب # شخص}}',
  'report.checkins.areas': 'أمور للحديث عنها: {areas}',
  'report.checkins.none': 'لم تُكشف أي جولة اطمئنان في هذه الفترة.',
  'report.instrument':
    '{instrument, select, csi4 {Couples Satisfaction Index (CSI-4)} csi16 {Couples Satisfaction Index (CSI-16)} other {جولة الاطمئنان الخاصة بـ recipro}}',
  'report.area':
    '{area, select, chores {أعمال المنزل} mental_load {تتبّع الأمور وتذكّرها} emotional_support {الدعم العاطفي} money {الشؤون المالية} planning {الخطط} other {المرح والقرب}}',
  'report.csi.heading': 'لقراءة مختص: Couples Satisfaction Index',
  'report.csi.caption':
    'مجاميع كل شخص الخاصة به عبر الوقت، من {min} إلى {max}؛ الأعلى يعني رضًا أكبر. حدّ الفصل الذي نشره المؤلفان هو {cutOff}: في بحثهما ارتبطت المجاميع التي تحته بعدم رضًا ملحوظ في العلاقة. لكي يقرأه مختص مع الزوجين، لا كوصمة (Funk وRogge، 2007).',
  'report.csi.person': '{name}: {instrument}',
  'report.csi.point': '{date}: {total}',
  'report.csi.cutOff': 'حدّ الفصل المنشور {cutOff}',
  'report.values.heading': 'حوار القيم',
  'report.values.item': '{date}: مواضيع أجاب عنها أكثر من شخص: {topics}',
  'report.values.nothing': '{date}: لم يُجب أكثر من شخص عن أي موضوع',
  'report.values.none': 'لم يُكشف أي حوار عن القيم في هذه الفترة.',
  'report.topic':
    '{topic, select, respect {الاحترام} affection {المودّة} sharing_chores {تقاسم المهام} sharing_money {تقاسم المال} sharing_time {تقاسم الوقت} principles {المبادئ} work {العمل} parenting {تربية الأبناء} other {النموّ}}',
  'report.repair.heading': 'الإصلاح',
  'report.repair.caption': 'اللحظات الصعبة وكيف أُصلحت، كأنماط: لا يظهر عدد أحد.',
  'report.repair.ruptures':
    '{count, plural, zero {لم تُسجَّل أي لحظة صعبة} one {سُجّلت لحظة صعبة واحدة} two {سُجّلت لحظتان صعبتان} few {سُجّلت # لحظات صعبة} many {سُجّلت # لحظة صعبة} other {سُجّلت # لحظة صعبة}}.',
  'report.repair.repaired': 'أُصلحت لكل المعنيين: {count}. أُصلحت حتى الآن لبعض المعنيين: {some}.',
  'report.repair.time': 'الوقت الوسيط حتى الإصلاح: {duration}. أُصلحت خلال يوم: {percent}.',
  'report.repair.start':
    '{pattern, select, both_sides {بدأ الإصلاح من الجهتين.} one_side {بدأ الإصلاح في الغالب من جهة واحدة.} other {الإصلاحات أقل من أن يُقال من أين يبدأ الإصلاح عادةً.}}',
  'report.repair.none': 'لم تُسجَّل أي لحظة صعبة في هذه الفترة.',
  'report.duration':
    '{unit, select, minutes {{n, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}} hours {{n, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}} other {{n, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}}}',
  'report.load.heading': 'تقاسم العبء، حسب المرحلة',
  'report.load.caption':
    '{count, plural, zero {لا مسؤوليات} one {مسؤولية واحدة} two {مسؤوليتان} few {# مسؤوليات} many {# مسؤولية} other {# مسؤولية}} كما كانت عند إعداد التقرير، موزونة بتكرارها وجهدها. لا يظهر نصيب أحد.',
  'report.load.stage': '{stage}: {spread}',
  'report.load.unowned': '{stage}: {percent} لم يتولّه أحد بعد',
  'report.load.none': 'لم تُدرج أي مسؤوليات.',
  'report.stage': '{stage, select, notice {الانتباه} plan {التخطيط} do {التنفيذ} other {المتابعة}}',
  'report.spread':
    '{spread, select, shared {مُتقاسَم} one_side {في الغالب على جهة واحدة} other {لم يتولّه أحد بعد}}',
  'report.rituals.heading': 'الطقوس التي حوفظ عليها',
  'report.rituals.item':
    '{ritual}: {done} من {of, plural, zero {# مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}',
  'report.rituals.none': 'لم يحن موعد أي طقس في هذه الفترة.',
  'report.ritual':
    '{kind, select, nightly_checkin {عشر دقائق للاطمئنان كل ليلة} appreciation {دقيقتان للتقدير} weekly_checkin {كيف حالنا؟} monthly_family_checkin {جولة اطمئنان عائلية شهرية} team_feedback {جولة آراء متبادلة} get_together {لقاء منتظم} other {طقس خاص بنا}}',
  'report.form':
    '{form, select, practical {مساعدة عملية} emotional {دعم عاطفي} communication {تواصل} affection {مودّة} intimacy {قرب حميم} quality_time {وقت مميز معًا} respect {احترام} repair {إصلاح} healing {مؤازرة} future {المستقبل} appreciation {تقدير} other {العبء الذهني}}',
  'report.additions.heading': 'بكلماتهم',
  'report.additions.caption': 'ما اختار كل شخص أن يضيفه لمن يقرأ.',
  'report.additions.none': 'لم يُضف أحد كلمات لمن يقرأ.',
  'report.footer': 'أُعدّ بـ recipro في {date}. recipro أداة لمن فيه، وليس علاجًا.',
  'report.pdfEnglish': 'ملف PDF هذا بالإنجليزية: لا يملك الخادم بعدُ خطًّا لكتابة لغتك.',
  'report.email.subject': 'تقرير من recipro، تمت مشاركته معك',
  'report.email.body':
    'وافق {names} على مشاركة هذا التقرير معك. وهو مرفق بصيغة PDF. أُعدّ بـ recipro، أداة لمن فيه؛ ولا يحوي شيئًا لم يتشاركوه بينهم.',
  'report.notOpen.title': 'هذا الرابط غير مفتوح',
  'report.notOpen.text':
    'ربما انتهت مدة الرابط أو سُحب، أو أنه ليس الرابط كاملًا. اطلب رابطًا جديدًا ممن شاركه.',

  'export.formerMember': 'شخص غادر الدائرة',
};
