/** Arabic messages of the load divider, rituals and reminders: the translation of en-load.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enLoad } from './en-load.ts';

/*
 * Glossary (English → Arabic), used the same way in every Arabic file:
 *   care → الاهتمام · act of care → لفتة اهتمام (plural لفتات) · form of care → شكل من أشكال الاهتمام
 *   care language → لغة اهتمام · circle → دائرة · couple → شريكا حياة · member → شخص في الدائرة
 *   a former member → شخص غادر الدائرة · keeper → أمانة الدائرة (the role; “{name} holds it”)
 *   check-in → جولة اطمئنان (the step: الاطمئنان) · ritual → طقس (plural طقوس)
 *   repair → الإصلاح · rupture / hard moment → لحظة صعبة · “Let’s reset” → «لنبدأ من جديد»
 *   reflect → التأمّل · express → التعبير · need → حاجة · observe / monthly review → المراجعة
 *   practice balance → ممارسة التوازن · rhythm → إيقاع · season → مرحلة · effort → جهد
 *   load / share the load → الأعباء / تقاسم الأعباء · mental load → العبء الذهني
 *   responsibility → مسؤولية · stage (of a responsibility) → خطوة · hand-over → تسليم مهمة
 *   noticing, planning, doing, following up → الانتباه، التخطيط، التنفيذ، المتابعة
 *   noticed (“I noticed”) → لاحظ (لاحظتُ) · note → ملاحظة
 * The reader is addressed without gender: past-tense verbs, “يمكنك” + verbal noun, nouns;
 * buttons are verbal nouns (حفظ، إلغاء). People named by a placeholder never take a gendered
 * verb: the sentence is built around a noun (“مبادرة للتواصل من {name}”) or a passive.
 */
export const arLoad: CatalogueOf<typeof enLoad> = {
  'together.tabs': 'الحياة اليومية معًا',
  'together.load': 'الأعباء',
  'together.rituals': 'الطقوس',
  'together.reminders': 'التذكيرات',
  'together.backToCircle': 'العودة إلى {name}',
  'together.saving': 'جارٍ الحفظ…',

  'load.title': 'تقاسم الأعباء',
  'load.intro.couple':
    'من ينتبه، ومن يخطط، ومن ينفّذ، ومن يتابع ما يُبقي حياتكما المشتركة تسير — فالأجزاء الخفية تُحتسب أيضًا.',
  'load.intro.family':
    'من ينتبه، ومن يخطط، ومن ينفّذ، ومن يتابع ما يُبقي حياة العائلة تسير — فالأجزاء الخفية تُحتسب أيضًا.',
  'load.intro.friends':
    'من ينتبه، ومن يخطط، ومن ينفّذ، ومن يتابع ما يحفظ صداقاتكم — فالأجزاء الخفية تُحتسب أيضًا.',
  'load.intro.team':
    'من ينتبه، ومن يخطط، ومن ينفّذ، ومن يتابع ما يُبقي الفريق يعمل — فالأجزاء الخفية تُحتسب أيضًا.',
  'load.alone': 'يمكنك أولًا دعوة شخص إلى دائرتك؛ فتقاسم الأعباء يحتاج إلى اثنين.',

  'load.area.home': 'المنزل',
  'load.area.children': 'الأطفال',
  'load.area.money': 'المال',
  'load.area.health': 'الصحة',
  'load.area.social': 'الحياة الاجتماعية',
  'load.area.family': 'العائلة',
  'load.area.admin': 'الأوراق والمعاملات',
  'load.area.emotional': 'الجانب العاطفي',
  'load.frequency.daily': 'يوميًا',
  'load.frequency.weekly': 'أسبوعيًا',
  'load.frequency.monthly': 'شهريًا',
  'load.frequency.quarterly': 'كل بضعة أشهر',
  'load.frequency.yearly': 'سنويًا',
  'load.frequency.occasional': 'بين حين وآخر',
  'load.effort.1': 'جهد صغير',
  'load.effort.2': 'جهد متوسط',
  'load.effort.3': 'جهد كبير',
  'load.stage.notice': 'الانتباه',
  'load.stage.plan': 'التخطيط',
  'load.stage.do': 'التنفيذ',
  'load.stage.followUp': 'المتابعة',
  'load.stage.lower.notice': 'الانتباه',
  'load.stage.lower.plan': 'التخطيط',
  'load.stage.lower.do': 'التنفيذ',
  'load.stage.lower.followUp': 'المتابعة',

  'load.inventory.title': 'ما يُبقي الأمور تسير',
  'load.inventory.empty':
    'للبدء، يمكنك اختيار بعض المسؤوليات من القائمة الشائعة أدناه، أو إضافة مسؤولياتك الخاصة.',
  'load.item.meta': '{area} · {frequency} · {effort}',
  'load.item.owners': 'من يتولّى كل خطوة',
  'load.item.nobody': 'لا أحد بعد',
  'load.item.allYours': 'هذا كله بيدك.',
  'load.item.take': 'سأتولّى هذا',
  'load.item.taken': 'صارت «{title}» بيدك الآن.',
  'load.item.split': 'تقسيم الخطوات',
  'load.item.stageOwner': '{stage} في «{title}»',
  'load.item.updated': 'تم تحديث «{title}».',
  'load.item.remove': 'إزالة',
  'load.item.removeLabel': 'إزالة «{title}»',

  'load.catalogue.open': 'البدء من مسؤوليات شائعة',
  'load.catalogue.legend.couple': 'اختيار ما يخص حياتكما المشتركة',
  'load.catalogue.legend.family': 'اختيار ما يخص حياة عائلتكم',
  'load.catalogue.legend.friends': 'اختيار ما تتقاسمه مجموعة أصدقائكم',
  'load.catalogue.legend.team': 'اختيار ما يتقاسمه فريقكم',
  'load.catalogue.add': 'إضافة ما اخترته',
  'load.catalogue.nothingChosen': 'يُرجى اختيار مسؤولية واحدة على الأقل أولًا.',
  'load.catalogue.added':
    '{count, plural, zero {لم تُضَف أي مسؤولية.} one {أُضيفت مسؤولية واحدة.} two {أُضيفت مسؤوليتان.} few {أُضيفت # مسؤوليات.} many {أُضيفت # مسؤوليةً.} other {أُضيفت # مسؤولية.}}',
  'load.catalogue.allAdded': 'كل ما في القائمة الشائعة موجود هنا بالفعل.',

  'load.own.open': 'إضافة مسؤولية خاصة بكم',
  'load.own.name': 'ما هي؟',
  'load.own.area': 'المجال',
  'load.own.frequency': 'كم مرة',
  'load.own.effort': 'الجهد',
  'load.own.add': 'إضافة المسؤولية',
  'load.own.added': 'تمت إضافة «{title}».',
  'load.own.titleRequired': 'يُرجى إعطاؤها اسمًا قصيرًا، مثل «هدايا أعياد الميلاد».',

  'load.shares.title': 'كيف تتوزّع الأعباء',
  'load.shares.empty': 'بمجرد أن يتولّى أحدكم مسؤولية، سيظهر لك هنا كيف تتوزّع الأعباء.',
  'load.shares.invisible': 'الانتباه والتخطيط والمتابعة',
  'load.shares.doing': 'التنفيذ',
  'load.shares.chartLabel': 'نصيبك من الأعباء',
  'load.shares.you': 'أنت',
  'load.shares.mine':
    'نصيبك من الأعباء {share}: {invisible} من الانتباه والتخطيط والمتابعة، و{doing} من التنفيذ.',
  'load.shares.mineNone': 'ما تولّيت بعد أي خطوة من أي مسؤولية.',
  'load.shares.planningYou': 'تولّيت معظم الانتباه والتخطيط مؤخرًا.',
  'load.shares.planningOneSide': 'استقر معظم التخطيط على جانب واحد مؤخرًا.',
  'load.shares.even': 'تتوزّع الأعباء بينكم بشكل متقارب إلى حد ما.',
  'load.shares.leaning': 'تميل الأعباء قليلًا نحو أحدكم.',
  'load.shares.uneven': 'في الوقت الحالي، يقع معظم الأعباء على شخص واحد.',
  'load.shares.unowned': 'بعض الخطوات لم يتولّها أحد بعد.',

  'load.perceived.title': 'شعورك بنصيبك',
  'load.perceived.intro':
    'يمكنك ذكر شعورك بنصيبك من الأعباء، ليظهر بجانب ما تبيّنه قائمة مسؤولياتكم. ولا يرى الاثنين غيرك.',
  'load.perceived.lineYou': 'بحسب شعورك، نصيبك {perceived}؛ وبحسب القائمة {inventory}.',
  'load.perceived.notSaidYou': 'ما ذكرت شعورك بعد؛ وبحسب القائمة نصيبك {inventory}.',
  'load.perceived.mine': 'النصيب الذي أشعر أني أحمله (من صفر إلى مئة بالمئة)',
  'load.perceived.areas': 'مجالات أتولّاها بسرور، أو لا أستطيع تولّيها الآن',
  'load.perceived.prefers': 'مجالات أتولّاها بسرور',
  'load.perceived.cannot': 'مجالات لا أستطيع تولّيها الآن',
  'load.perceived.save': 'حفظ شعوري',
  'load.perceived.saved': 'تم الحفظ.',
  'load.perceived.range': 'يُرجى إدخال رقم من صفر إلى مئة.',

  'load.suggest.title': 'اقتراحات لطيفة',
  'load.suggest.intro': 'أفكار تقرّب بين أنصبتكم. لا يتغيّر شيء ما لم يوافق الطرفان.',
  'load.suggest.empty': 'لا شيء نقترحه الآن؛ فأنصبتكم متقاربة قدر الإمكان.',
  'load.suggest.line': 'فكرة: يمكن نقل {stage} في «{title}» — من: {from}، إلى: {to}.',
  'load.suggest.propose': 'اقتراح',
  'load.suggest.proposeLabel': 'اقتراح نقل {stage} في «{title}» إلى: {to}',
  'load.suggest.proposed': 'تم الاقتراح. والقبول أو الرفض بيد {name}.',

  'load.handovers.title': 'تسليم المهام',
  'load.handovers.empty': 'حين يقترح أحدكم تسليم مهمة، سينتظر الاقتراح هنا رد الطرف الآخر.',
  'load.handovers.incoming': 'اقتراح من {by}: نقل {stage} في «{title}» — من: {from}، إلى: {to}.',
  'load.handovers.waiting': 'بانتظار رد {name}: نقل {stage} في «{title}» — من: {from}، إلى: {to}.',
  'load.handovers.accepted': 'تم الاتفاق على نقل {stage} في «{title}» — من: {from}، إلى: {to}.',
  'load.handovers.declined': 'ليس الآن: يبقى أمر {stage} في «{title}» لدى: {from}.',
  'load.handovers.accept': 'قبول',
  'load.handovers.decline': 'رفض',
  'load.handovers.acceptLabel': 'قبول نقل {stage} في «{title}» إلى: {to}',
  'load.handovers.declineLabel': 'رفض نقل {stage} في «{title}» إلى: {to}',
  'load.handovers.didAccept': 'تم القبول. شكرًا لك.',
  'load.handovers.didDecline': 'تم الرفض. ولا بأس في ذلك أيضًا.',
  'load.handovers.undone': 'تم التراجع. الاقتراح بانتظار ردك من جديد.',
  'load.handovers.you': 'أنت',
  'load.handovers.someone': 'شخص ما',

  'rituals.title': 'الطقوس',
  'rituals.intro': 'لحظات اهتمام صغيرة ومنتظمة. لا بأس إن فاتت إحداها؛ فيمكن العودة إليها دائمًا.',
  'rituals.empty': 'يمكنك بدء طقس أدناه، مثل دقيقتين للتقدير كل مساء.',
  'rituals.list': 'طقوسكم',
  'rituals.kind.nightly_checkin': 'عشر دقائق للاطمئنان كل ليلة',
  'rituals.kind.appreciation': 'دقيقتان للتقدير',
  'rituals.kind.weekly_checkin': 'كيف حالنا؟',
  'rituals.kind.monthly_family_checkin': 'جولة اطمئنان عائلية شهرية',
  'rituals.kind.team_feedback': 'جولة آراء متبادلة',
  'rituals.kind.get_together': 'لقاء منتظم',
  'rituals.kind.custom': 'طقس خاص بنا',
  'rituals.about.custom': 'لحظة منتظمة خاصة بكم: يمكنكم تسميتها واختيار موعدها.',

  'rituals.title.couple.appreciation': 'دقيقتان للتقدير',
  'rituals.about.couple.appreciation':
    'يذكر كلٌّ منكما شيئًا واحدًا قام به الطرف الآخر اليوم وكان مصدر سرور. دقيقتان تكفيان.',
  'rituals.title.couple.nightly_checkin': 'عشر دقائق للاطمئنان كل ليلة',
  'rituals.about.couple.nightly_checkin':
    'عشر دقائق هادئة قبل النوم: كيف كان اليوم، وشيء واحد قد يساعد غدًا.',
  'rituals.title.couple.weekly_checkin': 'كيف حالنا؟',
  'rituals.about.couple.weekly_checkin':
    'مرة في الأسبوع، حديث هادئ: ما الذي جرى على ما يرام، وما الذي كان ثقيلًا، وما الذي تتمنيانه للأسبوع القادم.',
  'rituals.title.couple.get_together': 'موعد مسائي',
  'rituals.about.couple.get_together':
    'أمسية لكما وحدكما، تتناوبان على التخطيط لها، والهواتف بعيدة.',

  'rituals.title.family.appreciation': 'لحظة شكر',
  'rituals.about.family.appreciation': 'يذكر كل فرد شيئًا قام به أحد أفراد العائلة وجعل اليوم أسهل.',
  'rituals.title.family.nightly_checkin': 'عشر دقائق معًا في المساء',
  'rituals.about.family.nightly_checkin':
    'بضع دقائق على المائدة أو قبل النوم: يشارك كل فرد شيئًا جميلًا وشيئًا صعبًا من يومه.',
  'rituals.title.family.weekly_checkin': 'كيف حال الجميع؟',
  'rituals.about.family.weekly_checkin':
    'مرة في الأسبوع، يقول كل فرد كيف كان أسبوعه، وما الذي قد يساعد في الأسبوع التالي.',
  'rituals.title.family.monthly_family_checkin': 'جولة اطمئنان عائلية شهرية',
  'rituals.about.family.monthly_family_checkin':
    'مرة في الشهر، نظرة مشتركة إلى كيفية توزّع مهام الحياة العائلية، وتخطيط للشهر القادم.',
  'rituals.title.family.get_together': 'وجبة عائلية',
  'rituals.about.family.get_together':
    'وجبة معًا كل أسبوع، على المائدة أو عبر مكالمة، مع متسع ليتحدث الجميع.',

  'rituals.title.friends.appreciation': 'كلمة شكر',
  'rituals.about.friends.appreciation':
    'مرة في الأسبوع، مشاركة المجموعة بشيء قام به أحد الأصدقاء وكان له أثر كبير في نفسك.',
  'rituals.title.friends.weekly_checkin': 'مكالمة للاطمئنان',
  'rituals.about.friends.weekly_checkin':
    'مكالمة أو نزهة سيرًا لمعرفة حال الجميع حقًا، لا الأخبار فقط.',
  'rituals.title.friends.get_together': 'لقاء',
  'rituals.about.friends.get_together':
    'موعد ثابت للقاء، حتى لا يضطر أحد إلى تنظيمه من الصفر في كل مرة.',

  'rituals.title.team.appreciation': 'جولة شكر',
  'rituals.about.team.appreciation':
    'مرة في الأسبوع، يذكر كل شخص مساعدة واحدة تلقّاها من أحد أعضاء الفريق.',
  'rituals.title.team.weekly_checkin': 'كيف حال الفريق؟',
  'rituals.about.team.weekly_checkin':
    'جولة قصيرة في بداية الأسبوع: ما الذي يبدو ثقيلًا، ومن قد يحتاج إلى يد تساعده، وما الذي يسير على ما يرام.',
  'rituals.title.team.team_feedback': 'جولة آراء متبادلة',
  'rituals.about.team.team_feedback':
    'كل أسبوعين، يقول كل شخص ما الذي ساعده، ويسأل عمّا يمكنه فعله بشكل أفضل من أجل الآخرين.',
  'rituals.title.team.get_together': 'غداء الفريق',
  'rituals.about.team.get_together': 'وجبة معًا مرة في الشهر، بلا جدول أعمال.',

  'rituals.next': 'الموعد القادم: {when}',
  'rituals.noNext': 'لا موعد قادم.',
  'rituals.rhythm':
    '{of, plural, zero {لم يحن أي موعد بعد.} one {تمّ {done} من أصل المرة الأخيرة.} two {تمّ {done} من أصل المرتين الأخيرتين.} few {تمّ {done} من أصل آخر # مرات.} many {تمّ {done} من أصل آخر # مرةً.} other {تمّ {done} من أصل آخر # مرة.}}',
  'rituals.rhythmNew': 'بدأ للتو.',
  'rituals.rhythmRun':
    '{count, plural, zero {لم تكتمل سلسلة بعد.} one {في المرة الأخيرة، قمتم به معًا.} two {في المرتين الأخيرتين، قمتم به معًا.} few {في آخر # مرات، قمتم به معًا.} many {في آخر # مرةً، قمتم به معًا.} other {في آخر # مرة، قمتم به معًا.}}',
  'rituals.with': 'مع {names}',
  'rituals.did': 'قمنا به',
  'rituals.didLabel': 'قمنا به: {title}',
  'rituals.done': 'سُجّل: «{title}». رائع.',
  'rituals.stop': 'إيقاف',
  'rituals.stopLabel': 'إيقاف «{title}»',
  'rituals.editAction': 'تعديل',
  'rituals.editLabel': 'تعديل «{title}»',
  'rituals.edit.title': 'تعديل «{title}»',
  'rituals.edit.save': 'حفظ التغييرات',
  'rituals.edit.cancel': 'إبقاؤه كما كان',
  'rituals.edit.saved': 'حُفظت التغييرات على «{title}».',
  'rituals.edit.unchanged': 'لم يتغيّر شيء.',
  'rituals.edit.gone': 'أُوقف هذا الطقس في هذه الأثناء، لذا لم يبقَ شيء لتغييره.',
  'rituals.schedule.daily': 'كل يوم، الساعة {time}',
  'rituals.schedule.weekly': 'كل أسبوع: {days}، الساعة {time}',
  'rituals.schedule.everyOtherWeek': 'كل أسبوعين: {days}، الساعة {time}',
  'rituals.schedule.monthly': 'مرة في الشهر، الساعة {time}',
  'rituals.schedule.other': 'وفق جدوله الخاص، الساعة {time}',

  'rituals.new.title': 'بدء طقس',
  'rituals.new.kind': 'أي طقس',
  'rituals.new.name': 'اسمه',
  'rituals.new.often': 'كم مرة',
  'rituals.new.daily': 'كل يوم',
  'rituals.new.weekly': 'كل أسبوع',
  'rituals.new.monthly': 'كل شهر',
  'rituals.new.days': 'في أي أيام',
  'rituals.new.monthDay': 'يوم من الشهر',
  'rituals.new.monthDayHint': 'من اليوم الأول إلى الثامن والعشرين، ليأتي موعده كل شهر.',
  'rituals.new.time': 'الوقت',
  'rituals.new.zone': 'المنطقة الزمنية',
  'rituals.new.who': 'من يشارك',
  'rituals.new.start': 'بدء هذا الطقس',
  'rituals.new.started': 'بدأ «{title}».',
  'rituals.new.noDays': 'يُرجى اختيار يوم واحد على الأقل.',
  'rituals.new.nameRequired': 'يُرجى إعطاء طقسكم اسمًا.',
  'rituals.new.nobody': 'يُرجى اختيار شخص واحد على الأقل.',
  'rituals.day.MO': 'الاثنين',
  'rituals.day.TU': 'الثلاثاء',
  'rituals.day.WE': 'الأربعاء',
  'rituals.day.TH': 'الخميس',
  'rituals.day.FR': 'الجمعة',
  'rituals.day.SA': 'السبت',
  'rituals.day.SU': 'الأحد',
  'rituals.remindersLink': 'اختيار طريقة تذكيرك',

  'reminders.title': 'التذكيرات',
  'reminders.intro': 'كيف يذكّرك recipro بطقوسك، ومتى يلتزم الهدوء.',
  'reminders.channels': 'طرق التذكير',
  'reminders.email': 'بالبريد الإلكتروني',
  'reminders.emailOff':
    'البريد الإلكتروني غير مُعدّ على هذا الخادم، لذا تأتي التذكيرات عبر الإشعارات أو من خلال تقويمك.',
  'reminders.push': 'بالإشعارات، على كل جهاز فُعّلت فيه التذكيرات',
  'reminders.quiet': 'ساعات الهدوء',
  'reminders.quietOn': 'التزام الهدوء خلال هذه الساعات',
  'reminders.quietFrom': 'من',
  'reminders.quietTo': 'إلى',
  'reminders.zone': 'منطقتي الزمنية',
  'reminders.save': 'حفظ إعدادات التذكير',
  'reminders.saved': 'حُفظت إعدادات التذكير.',
  'reminders.test': 'إرسال تذكير تجريبي إليّ',
  'reminders.testTooMany':
    'أُرسلت بضعة تذكيرات تجريبية للتو. يُرجى الانتظار قليلًا قبل التذكير التالي.',
  'reminders.testPushSending':
    '{count, plural, zero {الإشعارات: لا أجهزة لإرسالها إليها.} one {الإشعارات: في طريقها إلى جهاز واحد.} two {الإشعارات: في طريقها إلى جهازين.} few {الإشعارات: في طريقها إلى # أجهزة.} many {الإشعارات: في طريقها إلى # جهازًا.} other {الإشعارات: في طريقها إلى # جهاز.}}',
  'reminders.testPushNoDevice':
    'الإشعارات: لم يُرسَل شيء، فلا يوجد بعد جهاز فُعّلت فيه التذكيرات (يمكن تفعيلها من «التذكيرات على هذا الجهاز»، على كل جهاز تُراد عليه).',
  'reminders.testPushOff': 'الإشعارات: لم يُرسَل شيء، فالتذكير بالإشعارات متوقف.',
  'reminders.testEmailSending': 'البريد الإلكتروني: في طريقه إلى عنوانك.',
  'reminders.testEmailUnconfirmed':
    'البريد الإلكتروني: لم يُرسَل شيء، فعنوان بريدك لم يُؤكَّد بعد (يمكن إعادة إرسال الرابط من الإعدادات).',
  'reminders.testEmailUnavailable':
    'البريد الإلكتروني: لم يُرسَل شيء، فهذا الخادم لا يستطيع إرسال البريد.',
  'reminders.testEmailOff': 'البريد الإلكتروني: لم يُرسَل شيء، فالتذكير بالبريد متوقف.',
  'reminders.pushTitle': 'التذكيرات على هذا الجهاز',
  'reminders.pushOn': 'تفعيل التذكيرات على هذا الجهاز',
  'reminders.pushDone': 'سيعرض هذا الجهاز تذكيراتك.',
  'reminders.pushUnsupported':
    'لا يستطيع هذا المتصفح عرض تذكيرات recipro. يمكن الاعتماد على البريد الإلكتروني أو رابط التقويم بدلًا من ذلك.',
  'reminders.pushDenied':
    'الإشعارات محظورة لـ recipro في هذا المتصفح. يمكنك السماح بها من إعدادات الموقع في المتصفح.',
  'reminders.pushIsOn': 'يعرض هذا الجهاز تذكيراتك.',
  'reminders.pushNotHere': 'لا يعرض هذا الجهاز التذكيرات بعد.',
  'reminders.pushChecking': 'جارٍ التحقق من هذا الجهاز…',
  'reminders.pushOff': 'إيقافها على هذا الجهاز',
  'reminders.pushOffDone':
    'توقفت التذكيرات على هذا الجهاز. وتبقى أجهزتك الأخرى وبريدك الإلكتروني كما تركتها.',
  'reminders.pushOffFailed':
    'تعذّر علينا إيقاف التذكيرات على هذا الجهاز. يُرجى التحقق من اتصالك والمحاولة مجددًا.',
  'reminders.pushFailed': 'تعذّر علينا تفعيل التذكيرات على هذا الجهاز. يُرجى المحاولة لاحقًا.',
  'reminders.pushTaken': 'هذا الجهاز يتلقى بالفعل تذكيرات لحساب آخر.',
  'reminders.pushLookupFailed':
    'تعذّر الوصول إلى خدمة الإشعارات في هذا المتصفح الآن. يُرجى المحاولة مجددًا.',
  'reminders.calendarTitle': 'تقويمك',
  'reminders.calendarIntro':
    'يمكنك إضافة هذا العنوان الخاص إلى تطبيق التقويم لرؤية طقوسك فيه. ويُستحسن عدم مشاركته مع أحد.',
  'reminders.calendarUrl': 'عنوان رابط التقويم',
  'reminders.copy': 'نسخ',
  'reminders.copied': 'تم النسخ.',
  'reminders.newAddress': 'إنشاء عنوان جديد',
  'reminders.newAddressDone': 'لم يعد العنوان القديم يعمل؛ وهذا هو العنوان الجديد.',
};
