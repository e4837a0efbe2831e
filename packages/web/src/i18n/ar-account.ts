/** Arabic messages of the account screens and data rights: the translation of en-account.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enAccount } from './en-account.ts';

export const arAccount: CatalogueOf<typeof enAccount> = {
  'settings.title': 'الإعدادات',
  'settings.intro':
    'اسمك، وكلمة مرورك، والأجهزة التي سجّلت الدخول منها — وبياناتك، فهي ملكك: لك أخذها معك أو حذفها.',
  'settings.remindersLink': 'للتذكيرات وساعات الهدوء صفحة خاصة بها.',
  'settings.remindersGo': 'فتح التذكيرات',

  'profile.title': 'عنك',
  'profile.name': 'اسمك',
  'profile.name.hint': 'بهذا الاسم يراك الأشخاص في دوائرك.',
  'profile.email': 'البريد الإلكتروني',
  'profile.email.hint': 'يُستخدم لتسجيل الدخول.',
  'profile.save': 'حفظ',
  'profile.saving': 'جارٍ الحفظ…',
  'profile.saved': 'تم الحفظ.',
  'profile.nothingChanged': 'لا شيء للحفظ: هذا ما لدى recipro بالفعل.',
  'profile.emailTaken': 'هناك حساب آخر يستخدم عنوان البريد الإلكتروني هذا بالفعل.',
  'profile.emailSent': 'أوشكنا على الانتهاء: أرسلنا رابطًا إلى {email}.',
  'profile.pending':
    'يتغيّر بريدك الإلكتروني إلى {pending} بمجرد فتح الرابط الذي أرسلناه إليه. وحتى ذلك الحين، يكون تسجيل دخولك باستخدام {email}.',
  'profile.unconfirmed':
    'لم يُؤكَّد عنوان بريدك الإلكتروني بعد. بعد تأكيده، يستطيع recipro أن يرسل إليك رابطًا إن نسيت كلمة مرورك يومًا.',
  'profile.resend': 'إعادة إرسال الرابط',
  'profile.sendLink': 'إرسال رابط تأكيد إليّ',
  'profile.sending': 'جارٍ الإرسال…',
  'profile.linkSent': 'رابط جديد في طريقه إلى {email}.',
  'profile.tooSoon': 'أُرسلت عدة روابط خلال الساعة الماضية. يُرجى الانتظار قليلًا قبل طلب رابط آخر.',
  'profile.keepEmail': 'إلغاء التغيير',
  'profile.linkNotNeeded':
    'لم يُرسَل أي رابط: عنوانك مؤكَّد بالفعل، أو أن نسخة recipro هذه لا ترسل رسائل بريد إلكتروني.',
  'profile.keptEmail': 'يبقى بريدك الإلكتروني {email}.',

  'password.title': 'كلمة مرورك',
  'password.current': 'كلمة المرور الحالية',
  'password.next': 'كلمة المرور الجديدة',
  'password.next.hint':
    '{min, plural, zero {بلا حدّ أدنى لعدد الأحرف.} one {حرف واحد على الأقل.} two {حرفان على الأقل.} few {# أحرف على الأقل.} many {# حرفًا على الأقل.} other {# حرف على الأقل.}}',
  'password.submit': 'تغيير كلمة المرور',
  'password.pending': 'جارٍ التغيير…',
  'password.done': 'تم تغيير كلمة مرورك. يبقى تسجيل دخولك هنا قائمًا، وسُجّل الخروج من أجهزتك الأخرى.',
  'password.wrong': 'كلمة المرور هذه غير صحيحة.',
  'password.tooMany': 'كانت هذه محاولات كثيرة متتالية. يُرجى الانتظار دقيقة، ثم المحاولة مجددًا.',
  'password.forgot': 'هل نسيت كلمة المرور؟',

  'devices.title': 'الأجهزة التي سجّلت الدخول منها',
  'devices.intro': 'تسجيل دخولك إلى recipro قائم الآن على هذه الأجهزة.',
  'devices.browserOnSystem': '{browser} على {system}',
  'devices.browser': 'متصفح ويب',
  'devices.unknown': 'جهاز لم نتمكّن من معرفة اسمه',
  'devices.thisDevice': 'هذا الجهاز',
  'devices.lastSeen': 'آخر نشاط: {when}',
  'devices.since': 'سُجّل الدخول في {date}',
  'devices.signOut': 'تسجيل الخروج',
  'devices.signOutLabel': 'تسجيل الخروج من {device}، آخر نشاط: {when}',
  'devices.signedOut': 'سُجّل الخروج من {device}.',
  'devices.endOthers': 'تسجيل الخروج من كل الأجهزة الأخرى',
  'devices.endedOthers':
    'سُجّل الخروج من كل الأجهزة الأخرى، ويبقى تسجيل الدخول قائمًا على هذا الجهاز.',
  'devices.onlyThis': 'تسجيل دخولك قائم على هذا الجهاز وحده.',
  'devices.pending': 'جارٍ تسجيل الخروج…',

  'data.title': 'بياناتك معك',
  'data.intro':
    'كل ما كتبته وسجّلته في recipro، في ملف واحد يمكنك الاحتفاظ به (بصيغة JSON التي تقرؤها تطبيقات أخرى).',
  'data.export': 'تنزيل بياناتي',
  'data.csvIntro': 'لفتات الاهتمام في كل دائرة من دوائرك، في جدول بيانات (CSV):',
  'data.csv': 'تنزيل اللفتات (CSV)',
  'data.noCircles': 'عند انضمامك إلى دائرة، يمكن تنزيل لفتات الاهتمام فيها من هنا.',

  'history.deletedTitle': 'ما يُحذف',
  'history.deletedLeave':
    'كل ما كتبته في {circle}: تأملاتك، وحاجاتك (الخاصة أو المشتركة)، وملاحظاتك على لفتات الاهتمام وعلى اللحظات الصعبة، وإجاباتك وملاحظاتك في جولات الاطمئنان والأسئلة، والمراحل الخاصة بك، وملخصات المحادثات التي حفظتها.',
  'history.deletedAccount':
    'حسابك، وكل ما كتبته في كل دائرة: تأملاتك، وحاجاتك (الخاصة أو المشتركة)، وملاحظاتك على لفتات الاهتمام وعلى اللحظات الصعبة، وإجاباتك وملاحظاتك في جولات الاطمئنان والأسئلة، والمراحل الخاصة بك، وملخصات المحادثات التي حفظتها.',
  'history.staysTitle': 'ما يبقى للآخرين',
  'history.acts':
    'تبقى لفتات الاهتمام التي قدّمتها أو تلقّيتها في تاريخهم، معروضةً على أنها من «شخص غادر الدائرة» أو إليه، دون ملاحظاتك.',
  'history.theirs': 'وما كتبه الآخرون بأنفسهم يبقى لهم.',
  'history.load':
    'ما تولّيته في تقاسم الأعباء يعود متاحًا لهم، وتنتهي مشاركتك في الطقوس التي كنت جزءًا منها.',
  'history.lastOne': 'لم يبقَ في {circle} أحد غيرك، لذا تُحذف الدائرة أيضًا بكل ما فيها.',
  'history.lastIn':
    '{count, plural, zero {لم يبقَ أحد غيرك في {circles}، لذا تُحذف بكل ما فيها.} one {لم يبقَ أحد غيرك في {circles}، لذا تُحذف بكل ما فيها.} two {لم يبقَ أحد غيرك في {circles}، لذا تُحذفان بكل ما فيهما.} few {لم يبقَ أحد غيرك في {circles}، لذا تُحذف بكل ما فيها.} many {لم يبقَ أحد غيرك في {circles}، لذا تُحذف بكل ما فيها.} other {لم يبقَ أحد غيرك في {circles}، لذا تُحذف بكل ما فيها.}}',

  'leave.title': 'مغادرة دائرة',
  'leave.intro': 'يمكنك مغادرة أي دائرة في أي وقت، دون حاجة إلى موافقة أحد.',
  'leave.open': 'مغادرة {circle}…',
  'leave.confirmTitle': 'مغادرة {circle}؟',
  'leave.confirm': 'مغادرة {circle}',
  'leave.pending': 'جارٍ المغادرة…',
  'leave.cancel': 'البقاء في الدائرة',
  'leave.done': 'لقد غادرت {circle}.',
  'leave.none': 'لست في أي دائرة حاليًا.',

  'remove.title': 'حذف حسابك',
  'remove.intro': 'يحذف هذا حسابك ويسجّل خروجك من كل الأجهزة. ولا يمكن التراجع عنه.',
  'remove.downloadFirst': 'ربما يفيدك تنزيل بياناتك أولًا.',
  'remove.open': 'حذف حسابي…',
  'remove.confirmTitle': 'حذف حسابك نهائيًا؟',
  'remove.password': 'كلمة مرورك',
  'remove.password.hint': 'للتحقق من هويتك.',
  'remove.confirm': 'حذف حسابي',
  'remove.pending': 'جارٍ الحذف…',
  'remove.cancel': 'الإبقاء على حسابي',

  'signIn.goodbye': 'حُذف حسابك. شكرًا لك على الاهتمام الذي شاركته هنا.',
  'signIn.passwordSet': 'تم تعيين كلمة مرورك الجديدة. يمكنك تسجيل الدخول بها أدناه.',

  'forgot.title': 'هل نسيت كلمة المرور؟',
  'forgot.intro':
    'يكفي ذكر البريد الإلكتروني الذي أنشأت به حسابك، وسنرسل إليك رابطًا لتعيين كلمة مرور جديدة.',
  'forgot.submit': 'إرسال رابط إليّ',
  'forgot.pending': 'جارٍ الإرسال…',
  'forgot.sent':
    'إن كان هناك حساب يستخدم {email}، فرابط تعيين كلمة مرور جديدة في طريقه إليك، وهو صالح لمرة واحدة. وإن لم يصل، فقد يكون في مجلد الرسائل غير المرغوب فيها.',
  'forgot.noEmail':
    'نسخة recipro هذه لا ترسل رسائل بريد إلكتروني، لذا لا يمكنها إرسال رابط إليك. لكن الشخص الذي يديرها يستطيع إنشاء رابط لك عند الطلب: بتشغيل الأمر أدناه على الحاسوب الذي يعمل عليه recipro، ثم إرسال الرابط الذي يظهر إليك، وهو صالح لمرة واحدة.',
  'forgot.commandLabel': 'الأمر الذي يُشغَّل، وفي آخره عنوان بريدك الإلكتروني:',
  'forgot.backToSignIn': 'العودة إلى تسجيل الدخول',

  'reset.title': 'اختيار كلمة مرور جديدة',
  'reset.intro': 'ستكون هذه كلمة المرور لتسجيل دخولك من الآن فصاعدًا.',
  'reset.password': 'كلمة المرور الجديدة',
  'reset.submit': 'حفظ كلمة المرور الجديدة',
  'reset.pending': 'جارٍ الحفظ…',
  'reset.expired':
    'سبق استخدام هذا الرابط، أو أنه قديم جدًا. يمكنك طلب رابط جديد، والأفضل استخدامه بعد وصوله بقليل.',
  'reset.askAgain': 'طلب رابط جديد',

  'confirmEmail.title': 'تأكيد بريدك الإلكتروني',
  'confirmEmail.pending': 'لحظة من فضلك، نؤكّد عنوان بريدك الإلكتروني…',
  'confirmEmail.doneTitle': 'تم تأكيد بريدك الإلكتروني',
  'confirmEmail.done': 'شكرًا لك. صار recipro يستخدم {email} للتواصل معك.',
  'confirmEmail.doneShort': 'شكرًا لك، تم تأكيد عنوان بريدك الإلكتروني.',
  'confirmEmail.doneSignedOut': 'شكرًا لك. يمكنك تسجيل الدخول بعنوان بريدك الإلكتروني للمتابعة.',
  'confirmEmail.failedTitle': 'لا يمكن استخدام هذا الرابط',
  'confirmEmail.expired':
    'سبق استخدامه، أو أنه قديم جدًا. يمكنك طلب رابط جديد من الإعدادات، تحت «عنك».',
  'confirmEmail.taken':
    'بدأ حساب آخر في استخدام عنوان البريد الإلكتروني هذا في هذه الأثناء، لذا يبقى بريدك الإلكتروني كما كان.',
  'confirmEmail.toSettings': 'الانتقال إلى الإعدادات',
  'confirmEmail.toHome': 'الانتقال إلى دوائرك',
  'confirmEmail.toSignIn': 'تسجيل الدخول',
  'confirmEmail.signInToAsk': 'تسجيل الدخول لطلب رابط جديد',
};
