/**
 * Arabic messages: every user-facing string of the web app, the translation of en.ts (Modern
 * Standard Arabic, laid out right to left). The forms of care (`form.<id>`, `form.<id>.hint`) are
 * translated from English's (en.ts); the parts come from ar-*.ts in the same order as en.ts.
 * Typed as Messages, so no key can be missing. The glossary of terms is at the top of ar-load.ts.
 */
import type { Messages } from './en.ts';
import { arAccount } from './ar-account.ts';
import { arBalance } from './ar-balance.ts';
import { arCycle } from './ar-cycle.ts';
import { arGuides } from './ar-guides.ts';
import { arLoad } from './ar-load.ts';
import { arTime } from './ar-time.ts';
import { arSupport } from './ar-support.ts';
import { arUpdates } from './ar-updates.ts';
import { arQuestions } from './ar-questions.ts';
import { arFirstRun, arNextSteps, arWelcome } from './ar-welcome.ts';
import { arUndo } from './ar-undo.ts';
import { arLanguage } from './ar-language.ts';
import { arResponsibilities } from './ar-responsibilities.ts';

export const ar: Messages = {
  'app.name': 'recipro',
  'app.tagline': 'اهتمام يُعطى ويُتلقّى، مع مرور الوقت.',
  'nav.label': 'القائمة الرئيسية',
  'nav.more': 'المزيد',
  'nav.yours': 'أنت',
  'nav.skip': 'الانتقال إلى المحتوى',
  'header.signedInAs': 'سجّلت الدخول باسم {name}',
  'header.signOut': 'تسجيل الخروج',
  'common.loading': 'جارٍ التحميل…',
  'common.you': 'أنت',
  'common.optional': '(اختياري)',
  'common.keepIt': 'الإبقاء عليه',
  'common.deleting': 'جارٍ الحذف…',
  'common.removing': 'جارٍ الإزالة…',
  'list.showMore': 'عرض المزيد',
  'list.loadingMore': 'جارٍ تحميل المزيد…',
  'list.more': 'المزيد',
  'list.less': 'أقل',

  'member.former': 'شخص غادر الدائرة',
  'member.former.opening': 'شخص غادر الدائرة',

  'error.network': 'تعذّر علينا الوصول إلى recipro. يُرجى التحقق من اتصالك والمحاولة مجددًا.',
  'error.unexpected': 'حدث خطأ من جهتنا. يُرجى المحاولة مجددًا بعد قليل.',
  'error.code.validation_failed': 'في ما أرسلته شيء لم يُقبل. يُرجى التحقق منه والمحاولة مجددًا.',
  'error.code.unauthenticated': 'تم تسجيل خروجك. يُرجى تسجيل الدخول من جديد للمتابعة.',
  'error.code.forbidden': 'هذا الإجراء ليس من صلاحياتك، لذا لم يتغيّر شيء.',
  'error.code.pending': 'طلبت الانضمام إلى هذه الدائرة. ستظهر لك بمجرد أن يقبل أحدٌ فيها طلبك.',
  'error.code.not_found': 'تعذّر علينا العثور على ذلك. ربما أُزيل في هذه الأثناء.',
  'error.code.request_timeout': 'استغرق الوصول إلى recipro وقتًا طويلًا. يُرجى المحاولة مجددًا.',
  'error.code.conflict':
    'تغيّر هذا في هذه الأثناء، لذا لم يُنفَّذ شيء. يمكنك إعادة تحميل الصفحة لرؤيته كما هو الآن.',
  'error.code.circle_full': 'هذه الدائرة تضم شخصيها الاثنين بالفعل.',
  'error.code.payload_too_large': 'هذا أكثر مما يمكن إرساله دفعة واحدة. يُرجى تقصيره.',
  'error.code.uri_too_long': 'هذا العنوان أطول من أن يُفتح.',
  'error.code.rate_limited':
    'جرت محاولات كثيرة لهذا في وقت قصير. يُرجى الانتظار قليلًا والمحاولة مجددًا.',
  'error.code.unavailable': 'لا يستطيع recipro فعل هذا الآن. يُرجى المحاولة مجددًا بعد قليل.',

  'validation.nameRequired': 'يُرجى كتابة اسمك.',
  'validation.nameTooLong':
    '{max, plural, zero {يُرجى ترك هذا الحقل فارغًا.} one {يُرجى ألّا يزيد على حرف واحد.} two {يُرجى ألّا يزيد على حرفين.} few {يُرجى ألّا يزيد على # أحرف.} many {يُرجى ألّا يزيد على # حرفًا.} other {يُرجى ألّا يزيد على # حرف.}}',
  'validation.emailInvalid': 'يبدو عنوان البريد الإلكتروني هذا ناقصًا: يحتاج إلى @ واسم نطاق.',
  'validation.passwordRequired': 'يُرجى إدخال كلمة المرور.',
  'validation.passwordShort':
    '{min, plural, zero {يُرجى إدخال كلمة مرور.} one {يُرجى استخدام حرف واحد على الأقل.} two {يُرجى استخدام حرفين على الأقل.} few {يُرجى استخدام # أحرف على الأقل.} many {يُرجى استخدام # حرفًا على الأقل.} other {يُرجى استخدام # حرف على الأقل.}}',
  'validation.circleNameRequired': 'يُرجى إعطاء دائرتك اسمًا، مثل «نور وسلام».',
  'validation.noteTooLong':
    '{max, plural, zero {لا مكان للملاحظات هنا} one {يمكن أن تصل الملاحظة إلى حرف واحد} two {يمكن أن تصل الملاحظة إلى حرفين} few {يمكن أن تصل الملاحظة إلى # أحرف} many {يمكن أن تصل الملاحظة إلى # حرفًا} other {يمكن أن تصل الملاحظة إلى # حرف}}؛ {count, plural, zero {وهذه بلا أحرف.} one {وفي هذه حرف واحد.} two {وفي هذه حرفان.} few {وفي هذه # أحرف.} many {وفي هذه # حرفًا.} other {وفي هذه # حرف.}}',

  'auth.signUp.title': 'إنشاء حسابك',
  'auth.signUp.intro':
    'يساعد recipro الأشخاص الذين يهمّ بعضهم بعضًا على رؤية الاهتمام الذي يسري بينهم.',
  'auth.signUp.submit': 'إنشاء الحساب',
  'auth.signUp.pending': 'جارٍ إنشاء حسابك…',
  'auth.signIn.title': 'مرحبًا بعودتك',
  'auth.signIn.submit': 'تسجيل الدخول',
  'auth.signIn.pending': 'جارٍ تسجيل الدخول…',
  'auth.signIn.noMatch': 'لا يطابق هذا البريد الإلكتروني وكلمة المرور أي حساب.',
  'auth.signUp.emailTaken':
    'لا يمكن إنشاء حساب بهذا البريد الإلكتروني. إن كان بريدك، يمكنك تسجيل الدخول بدلًا من ذلك.',
  'auth.name': 'اسمك',
  'auth.name.hint': 'بهذا الاسم سيراك الأشخاص في دوائرك.',
  'auth.email': 'البريد الإلكتروني',
  'auth.password': 'كلمة المرور',
  'auth.password.hint':
    '{min, plural, zero {بلا حدّ أدنى لعدد الأحرف.} one {حرف واحد على الأقل.} two {حرفان على الأقل.} few {# أحرف على الأقل.} many {# حرفًا على الأقل.} other {# حرف على الأقل.}}',
  'auth.toSignIn': 'لديك حساب بالفعل؟ تسجيل الدخول',
  'auth.toSignUp': 'أول مرة هنا؟ إنشاء حساب',

  'home.title': 'دوائرك',
  'home.waiting.title': 'بانتظار القبول',
  'home.waiting.body': 'طلبت الانضمام. ستظهر لك الدائرة بمجرد أن يقبل أحدٌ فيها طلبك.',
  'home.empty': 'لست في دائرة بعد. يمكنك بدء دائرة أدناه، ثم دعوة الأشخاص الذين يهمّونك.',
  'home.members':
    '{count, plural, zero {لا أحد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',

  'kind.couple': 'شريكا حياة',
  'kind.family': 'عائلة',
  'kind.friends': 'أصدقاء',
  'kind.team': 'فريق',

  'create.title': 'بدء دائرة',
  'create.name': 'اسم الدائرة',
  'create.name.hint': 'مثل «نور وسلام» أو «عائلة الخطيب».',
  'create.kind': 'لمن هي؟',
  'create.submit': 'إنشاء الدائرة',
  'create.pending': 'جارٍ الإنشاء…',

  'circle.notFound.title': 'تعذّر علينا العثور على هذه الدائرة',
  'circle.notFound.body':
    'ربما لا توجد، أو ربما لم يكتمل انضمامك إليها بعد. يمكنك طلب رابط دعوة من أحد أعضائها.',
  'circle.backHome': 'العودة إلى دوائرك',
  'circle.members': 'مع {names}',
  'members.title': 'الأشخاص في هذه الدائرة',
  'members.you': 'أنت',
  'members.keeper': 'أمانة الدائرة',
  'members.makeKeeper': 'تسليم أمانة الدائرة إلى {name}',
  'members.keeperHanded': 'أمانة الدائرة الآن لدى {name}.',
  'members.remove': 'إزالة',
  'members.remove.label': 'إزالة {name} من الدائرة',
  'members.remove.confirm':
    'ستنتهي عضوية {name} في هذه الدائرة، وتُحذف كتابات {name} هنا؛ أما الاهتمام الذي قُدّم في الاتجاهين فيبقى للآخرين، منسوبًا إلى «شخص غادر الدائرة» أو موجّهًا إليه.',
  'members.remove.yes': 'إزالة {name}',
  'members.removed': 'انتهت عضوية {name} في الدائرة.',
  'members.links.title': 'روابط دعوة لم تُستخدم',
  'members.link': 'رابط صالح حتى {until}',
  'members.link.withdraw': 'سحب هذا الرابط',
  'members.link.withdrawn': 'تم سحب الرابط؛ ولم يعد يتيح لأحد طلب الانضمام.',
  'circle.requests.title': 'طلبات الانضمام',
  'circle.requests.intro': 'فتح هؤلاء دعوة إلى هذه الدائرة، ولا يظهر لهم شيء هنا حتى يقبلهم أحدكم.',
  'circle.requests.asks': 'طلب انضمام من {name}.',
  'circle.requests.admit': 'قبول {name}',
  'circle.requests.decline': 'ليس الآن',
  'circle.requests.admitted': 'أصبحت الدائرة تضم {name} الآن.',
  'circle.requests.declined': 'رفضت طلب {name}.',
  'circle.waiting.title': 'بانتظار القبول',
  'circle.alone': 'أنت وحدك حتى الآن.',

  'log.title': 'تسجيل لفتة اهتمام',
  'log.who': 'لمن هي؟',
  'log.forms': 'يمكنك لمس ما قدّمته إلى {name}',
  'log.more': 'المزيد: الجهد وملاحظة',
  'log.effort': 'الجهد',
  'log.note': 'ملاحظة',
  'log.note.hint': 'يستطيع كل من في هذه الدائرة قراءتها.',
  'log.done': 'سُجّل: {form} من أجل {name}.',
  'log.pending': 'جارٍ تسجيل {form}…',
  'log.noOthers': 'يمكنك دعوة شخص إلى هذه الدائرة أدناه، ثم تسجيل لفتات الاهتمام من جهتك هنا.',
  'log.noOthersYet': 'بعد قبولهم، يمكنك تسجيل لفتات الاهتمام من جهتك هنا.',

  'effort.1': 'صغير',
  'effort.2': 'متوسط',
  'effort.3': 'كبير',

  'inbox.title': 'اهتمام وصلك',
  'inbox.empty':
    'لا شيء هنا بعد. حين يسجّل أحدٌ لفتة اهتمام من أجلك، تظهر هنا بانتظار أن تلفت انتباهك.',
  'inbox.notice': 'لاحظتُ',
  'inbox.notice.label': 'لاحظتُ: {form} من {name}',
  'inbox.noticed': 'لاحظته أنت',
  'inbox.question': 'لا أتعرّف على هذا',
  'inbox.question.label': 'لا أتعرّف على هذا: {form} من {name}',
  'inbox.questioned':
    'ذكرت أن هذا غير مألوف لك. ويبقى خارج إيقاعك إلى أن يُعدَّل أو يُسحب من جهة {name}.',
  'inbox.from': 'من {name}',

  'given.title': 'اهتمام قدّمته',
  'given.empty': 'يمكنك لمس شكل من أشكال الاهتمام أعلاه لتسجيل شيء فعلته من أجل أحد.',
  'given.for': 'من أجل {name}',
  'given.questioned':
    'هذه اللفتة غير مألوفة لدى {name}. إن كان فيها خطأ، يمكنك تعديلها أو سحبها؛ وحتى ذلك الحين تبقى خارج إيقاعكما معًا.',
  'act.lateEntry': 'سُجّلت لاحقًا',
  'given.noticed': 'نالت انتباه {name}',

  'act.change': 'تعديل',
  'act.change.label': 'تعديل {form} من أجل {name}، {when}',
  'act.remove': 'إزالة',
  'act.remove.label': 'إزالة {form} من أجل {name}، {when}',
  'act.remove.confirm': 'ستُزال هذه اللفتة من تاريخ دائرتك.',
  'act.remove.yes': 'إزالتها',
  'act.removed': 'أُزيلت: {form} من أجل {name}.',
  'act.edit.title': 'تعديل لفتة الاهتمام هذه',
  'act.edit.form': 'ما قدّمته',
  'act.edit.whoFormer':
    'سجّلت هذه من أجل شخص غادر الدائرة. يمكنك إبقاؤها كذلك، أو اختيار الشخص الذي كانت من أجله حقًا.',
  'act.edit.when': 'متى حدث ذلك',
  'act.edit.when.required': 'يُرجى اختيار اليوم والوقت الذي حدث فيه ذلك.',
  'act.edit.when.future': 'لم يأتِ هذا الوقت بعد؛ يُرجى اختيار لحظة مضت.',
  'act.edit.note.hint': 'يستطيع كل من في هذه الدائرة قراءتها. لإزالة الملاحظة، يمكنك إفراغها.',
  'act.edit.save': 'حفظ',
  'act.edit.saving': 'جارٍ الحفظ…',
  'act.edit.cancel': 'إلغاء',
  'act.edit.saved': 'حُفظت تعديلاتك على {form} من أجل {name}.',
  'act.edit.unchanged': 'لم يتغيّر شيء.',

  'summary.title':
    '{days, plural, zero {الأيام الأخيرة} one {اليوم الأخير} two {اليومان الأخيران} few {آخر # أيام} many {آخر # يومًا} other {آخر # يوم}}',
  'summary.intro':
    'يسري الاهتمام في الاتجاهين مع مرور الوقت. بعض المراحل تميل إلى جهة، وهذا جزء من الإيقاع.',
  'summary.reachedYou': 'اهتمام وصلك',
  'summary.receivedFrom': 'وصلك اهتمام من {name} في هذه الأيام',
  'summary.receivedNone': 'لم يُسجَّل شيء من {name} إليك في هذه الأيام',
  'summary.rhythm.thin': 'ما سُجّل بينك وبين {name} أقل من أن يُظهر إيقاعًا بعد',
  'summary.rhythm.bothWays': 'سرى الاهتمام بينك وبين {name} في الاتجاهين مؤخرًا',
  'summary.rhythm.towardMe': 'مال الاهتمام بينك وبين {name} نحوك مؤخرًا',
  'summary.rhythm.fromMe': 'جاء معظم الاهتمام بينك وبين {name} منك مؤخرًا',
  'summary.youNoticed':
    '{count, plural, zero {ما علّمت أي لفتة اهتمام بعلامة «لاحظتُ»} one {علّمت لفتة اهتمام واحدة بعلامة «لاحظتُ»} two {علّمت لفتتَي اهتمام بعلامة «لاحظتُ»} few {علّمت # لفتات اهتمام بعلامة «لاحظتُ»} many {علّمت # لفتةَ اهتمام بعلامة «لاحظتُ»} other {علّمت # لفتة اهتمام بعلامة «لاحظتُ»}}',
  'summary.yourCare': 'اهتمامك',
  'summary.youGave':
    '{count, plural, zero {ما قدّمت أي لفتة اهتمام في هذه الأيام} one {قدّمت لفتة اهتمام واحدة في هذه الأيام} two {قدّمت لفتتَي اهتمام في هذه الأيام} few {قدّمت # لفتات اهتمام في هذه الأيام} many {قدّمت # لفتةَ اهتمام في هذه الأيام} other {قدّمت # لفتة اهتمام في هذه الأيام}}',
  'summary.youGaveNone': 'لم يُسجَّل منك شيء في هذه الأيام بعد؛ ولفتة صغيرة بداية جميلة.',
  'summary.yoursNoticed':
    '{count, plural, zero {لم تُلاحَظ أيٌّ منها بعد} one {لوحظت واحدة منها} two {لوحظت اثنتان منها} few {لوحظت # منها} many {لوحظت # منها} other {لوحظت # منها}}',
  'summary.others': 'وسرى الاهتمام أيضًا بين آخرين في الدائرة.',
  'summary.empty':
    '{days, plural, zero {حين يُسجَّل اهتمام في هذه الدائرة، تظهر الأيام الأخيرة هنا.} one {حين يُسجَّل اهتمام في هذه الدائرة، يظهر اليوم الأخير هنا.} two {حين يُسجَّل اهتمام في هذه الدائرة، يظهر اليومان الأخيران هنا.} few {حين يُسجَّل اهتمام في هذه الدائرة، تظهر آخر # أيام هنا.} many {حين يُسجَّل اهتمام في هذه الدائرة، تظهر آخر # يومًا هنا.} other {حين يُسجَّل اهتمام في هذه الدائرة، تظهر آخر # يوم هنا.}}',

  'invite.title': 'دعوة شخص',
  'invite.intro': 'يمكنك إنشاء رابط وإرساله إلى شخص يهمّك، ليطلب الانضمام إلى هذه الدائرة.',
  'invite.create': 'إنشاء رابط دعوة',
  'invite.pending': 'جارٍ إنشاء الرابط…',
  'invite.link': 'رابط الدعوة',
  'invite.copy': 'نسخ الرابط',
  'invite.copied': 'تم نسخ الرابط.',
  'invite.share': 'مشاركة الرابط…',
  'invite.shareTitle': 'دعوة للانضمام إليّ في recipro',
  'invite.shareText': 'يسعدني انضمامك إلى دائرتي في recipro. هذا الرابط صالح لمرة واحدة:',
  'invite.shared': 'تمت مشاركة الرابط.',
  'invite.shareFailed': 'لم تنجح المشاركة هنا. يمكنك نسخ الرابط بدلًا من ذلك.',
  'invite.copyFailed': 'لم ينجح النسخ هنا. يمكنك تحديد الرابط ونسخه بنفسك.',
  'invite.expires': 'صالح لمرة واحدة، حتى {date}.',

  'accept.title': 'وصلتك دعوة',
  'accept.waiting.title': 'طلبت الانضمام إلى {circle}',
  'accept.waiting.body':
    'قبول طلبك بيد {inviter} أو أي شخص آخر في الدائرة. وبعد قبوله، ستظهر الدائرة بين دوائرك.',
  'accept.full':
    '«{circle}» دائرة لشريكَي حياة وتضم شخصيها الاثنين بالفعل، لذا لا يمكنها استقبال شخص آخر.',
  'accept.body': 'دعوة من {inviter} للانضمام إلى «{circle}».',
  'accept.join': 'طلب الانضمام إلى {circle}',
  'accept.pending': 'جارٍ الانضمام…',
  'accept.as': 'سيكون انضمامك باسم {name}.',
  'accept.authFirst': 'للانضمام، يمكنك إنشاء حساب أو تسجيل الدخول.',
  'accept.notNow': 'ليس الآن',
  'accept.invalid.title': 'لا يمكن استخدام هذه الدعوة',
  'accept.invalid.body':
    'ربما انتهت صلاحيتها أو سبق استخدامها. يمكنك طلب رابط جديد من الشخص الذي أرسلها.',

  'offline.title': 'لا اتصال بالإنترنت',
  'offline.body': 'يحتاج recipro إلى اتصال لعرض دوائرك. وسيكون هنا بانتظارك حين يعود الاتصال.',
  'offline.retry': 'المحاولة مجددًا',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لا شيء على هذا العنوان. دوائرك في الصفحة الرئيسية.',

  // The forms of care: the Arabic of en.ts's (label and hint), in FORMS_OF_CARE order.
  'form.practical': 'مساعدة عملية',
  'form.practical.hint': 'أعمال المنزل، والمشاوير، وكوب شاي، وإصلاح الأشياء',
  'form.emotional': 'دعم عاطفي',
  'form.emotional.hint': 'الإصغاء، والمواساة، وإبعاد الهاتف جانبًا',
  'form.communication': 'تواصل',
  'form.communication.hint': 'مشاركة تفاصيل اليوم، والسؤال، والاطمئنان',
  'form.affection': 'مودّة',
  'form.affection.hint': 'دفء، ولمسة، وكلمات محبة',
  'form.intimacy': 'قرب حميم',
  'form.intimacy.hint': 'قرب بالجسد والقلب',
  'form.quality_time': 'وقت مميز معًا',
  'form.quality_time.hint': 'وقت كامل دون انشغال، وأشياء نفعلها معًا',
  'form.respect': 'احترام',
  'form.respect.hint': 'احترام الحدود والآراء والخصوصية',
  'form.repair': 'إصلاح',
  'form.repair.hint': 'الاعتذار، واستئناف الحديث',
  'form.healing': 'مؤازرة',
  'form.healing.hint': 'البقاء بالقرب في أوقات الضغط أو الحزن أو المرض',
  'form.future': 'المستقبل',
  'form.future.hint': 'الخطط، والمال، والالتزامات، والعادات المشتركة',
  'form.appreciation': 'تقدير',
  'form.appreciation.hint': 'الشكر، والانتباه، والاعتراف بالجهد',
  'form.mental_load': 'العبء الذهني',
  'form.mental_load.hint': 'التذكّر، والتخطيط، والتنظيم',
  ...arResponsibilities,

  'chat.title': 'استيراد محادثة',
  ...arBalance,
  ...arCycle,
  ...arLoad,
  ...arTime,
  ...arSupport,
  ...arAccount,
  ...arUpdates,
  ...arGuides,
  ...arQuestions,
  ...arWelcome,
  ...arFirstRun,
  ...arNextSteps,
  ...arUndo,
  // The navigation's entry of reports/ (the page's own words load with it: areas.ts).
  'counsel.report.title': 'تقرير لمستشار أو مستشارة',
  ...arLanguage,
};
